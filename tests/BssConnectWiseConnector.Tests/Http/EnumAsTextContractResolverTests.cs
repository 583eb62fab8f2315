using BssConnectWiseConnector.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace BssConnectWiseConnector.Tests.Http;

[TestClass]
public sealed class EnumAsTextContractResolverTests
{
    private enum Shade
    {
        Light = 1,
        Dark = 2,
    }

    [TestMethod]
    public void Serialize_EnumsAndNullableEnums_WritesTheirNames()
    {
        var text = ConnectWiseJson.Serialize(new Swatch { Shade = Shade.Dark, Maybe = Shade.Light, Missing = null, Many = [Shade.Light, Shade.Dark] });

        Assert.AreEqual("""{"shade":"Dark","maybe":"Light","many":["Light","Dark"]}""", text);
    }

    [TestMethod]
    public void Deserialize_NamesOrNumbers_ReadsTheEnums()
    {
        var swatch = JsonConvert.DeserializeObject<Swatch>("""{"shade":"dark","maybe":1,"many":["Dark"]}""", ConnectWiseJson.Settings)!;

        Assert.AreEqual(Shade.Dark, swatch.Shade, "a name is read ignoring case, as StringEnumConverter reads it");
        Assert.AreEqual(Shade.Light, swatch.Maybe);
        CollectionAssert.AreEqual(new[] { Shade.Dark }, swatch.Many);
    }

    [TestMethod]
    public void Settings_EnumsByContract_NoConverterIsAskedPerValue()
    {
        Assert.IsEmpty(ConnectWiseJson.Settings.Converters, "a converter in the list is asked CanConvert for every value read or written");
        Assert.IsInstanceOfType<StringEnumConverter>(ConnectWiseJson.Serializer.ContractResolver.ResolveContract(typeof(Shade?)).Converter);
        Assert.IsNull(ConnectWiseJson.Serializer.ContractResolver.ResolveContract(typeof(int)).Converter);
    }

    private sealed class Swatch
    {
        [JsonProperty("shade")]
        public Shade Shade { get; init; }

        [JsonProperty("maybe")]
        public Shade? Maybe { get; init; }

        [JsonProperty("missing")]
        public Shade? Missing { get; init; }

        [JsonProperty("many")]
        public List<Shade>? Many { get; init; }
    }
}
