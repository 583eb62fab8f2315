// The peer client of the benchmarks' host family: npm connectwise-rest reading every company with paginate
// (pages of 1000, page numbers), as its README shows. Usage: node paginate.js API_BASE_URL, credentials in
// CW_COMPANY, CW_PUBLIC_KEY, CW_PRIVATE_KEY, CW_CLIENT_ID. Prints "records N".
const { ManageAPI } = require('connectwise-rest');

const [apiBaseUrl] = process.argv.slice(2);
const url = new URL(apiBaseUrl);
const cwm = new ManageAPI({
  companyId: process.env.CW_COMPANY,
  publicKey: process.env.CW_PUBLIC_KEY,
  privateKey: process.env.CW_PRIVATE_KEY,
  clientId: process.env.CW_CLIENT_ID,
  companyUrl: url.host,
});
// The package builds https://companyUrl/entryPoint/apis/3.0; the simulator serves plain http on 127.0.0.1.
cwm.instance.defaults.baseURL = apiBaseUrl;

cwm.paginate(cwm.CompanyAPI.getCompanyCompanies, { startPage: 1, pageSize: 1000 }, {})
  .then((companies) => {
    console.log(`records ${companies.length}`);
  })
  .catch((error) => {
    console.error('paginate failed:', error && (error.message || JSON.stringify(error)));
    process.exit(1);
  });
