// The .NET floor of the benchmarks' host family (docs/benchmarks.md, "The .NET floor"). Modes:
//   start                        the runtime's start and exit, nothing else
//   nothing SITE COMPANY         companyinfo, then one list request that matches nothing (an incremental pull's requests)
//   read SITE COMPANY            companyinfo, then every company in pages of 1000 by page number, as the peer reads
// Credentials in CW_PUBLIC_KEY, CW_PRIVATE_KEY, CW_CLIENT_ID. Prints "records N".
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BssConnectWiseConnector.Benchmarks.Floor;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

if (args.Length == 0 || args[0] == "start")
{
    Console.WriteLine("records 0");
    return 0;
}

var site = new Uri(args[1]);
var company = args[2];
using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All });
var credentials = $"{company}+{Environment.GetEnvironmentVariable("CW_PUBLIC_KEY")}:{Environment.GetEnvironmentVariable("CW_PRIVATE_KEY")}";
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
http.DefaultRequestHeaders.Add("clientId", Environment.GetEnvironmentVariable("CW_CLIENT_ID"));
var info = JObject.Parse(await http.GetStringAsync(new Uri(site, "login/companyinfo/" + company)));
var api = new Uri(site, (string?)info["Codebase"] + "apis/3.0/");
var serializer = JsonSerializer.CreateDefault();

async Task<List<FloorCompany>> PageAsync(string query)
{
    using var response = await http.GetAsync(new Uri(api, "company/companies?" + query));
    response.EnsureSuccessStatusCode();
    using var reader = new JsonTextReader(new StreamReader(await response.Content.ReadAsStreamAsync()));
    return serializer.Deserialize<List<FloorCompany>>(reader) ?? [];
}

var total = 0;
if (args[0] == "nothing")
{
    total = (await PageAsync("conditions=" + Uri.EscapeDataString("lastUpdated > [2999-01-01T00:00:00Z]") + "&pageSize=1000&orderBy=id")).Count;
}
else
{
    for (var page = 1; ; page++)
    {
        var items = await PageAsync(string.Create(CultureInfo.InvariantCulture, $"page={page}&pageSize=1000"));
        total += items.Count;
        if (items.Count < 1000)
        {
            break;
        }
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records {total}"));
return 0;
