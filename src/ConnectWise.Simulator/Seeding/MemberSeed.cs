namespace ConnectWise.Simulator.Seeding;

/// <summary>A few members: account managers to pick as sales representative, and the integration's API member.</summary>
internal static class MemberSeed
{
    public const string Json = """
        {
          "system/members": [
            { "id": 1, "identifier": "jsmith", "firstName": "John", "lastName": "Smith", "licenseClass": "F", "hireDate": "2019-04-01T00:00:00Z", "officeEmail": "jsmith@sandbox.example", "defaultEmail": "Office", "defaultPhone": "Office", "securityRole": { "id": 1, "name": "Admin" }, "inactiveFlag": false, "title": "Account Manager" },
            { "id": 2, "identifier": "mgarcia", "firstName": "Maria", "lastName": "Garcia", "licenseClass": "F", "hireDate": "2021-09-13T00:00:00Z", "officeEmail": "mgarcia@sandbox.example", "defaultEmail": "Office", "defaultPhone": "Mobile", "securityRole": { "id": 4, "name": "Sales" }, "inactiveFlag": false, "title": "Sales Representative" },
            { "id": 3, "identifier": "ekostas", "firstName": "Eleni", "lastName": "Kostas", "licenseClass": "F", "hireDate": "2023-02-01T00:00:00Z", "officeEmail": "ekostas@sandbox.example", "defaultEmail": "Office", "defaultPhone": "Office", "securityRole": { "id": 5, "name": "Finance" }, "inactiveFlag": false, "title": "Billing Specialist" },
            { "id": 4, "identifier": "ApiMember", "firstName": "BSS", "lastName": "Integration", "licenseClass": "A", "hireDate": "2024-01-01T00:00:00Z", "defaultEmail": "Office", "defaultPhone": "Office", "securityRole": { "id": 9, "name": "API Integration" }, "inactiveFlag": false }
          ]
        }
        """;
}
