using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Tests.Http;

[TestClass]
public sealed class ApiVersionTests
{
    [TestMethod]
    [DataRow("2026.4", 2026, 4)]
    [DataRow("v2025.1", 2025, 1)]
    [DataRow("v2019.5.67045", 2019, 5)]
    [DataRow(" V2024.2 ", 2024, 2)]
    public void TryParse_WhatSitesReport_ReadsYearAndRelease(string text, int year, int release)
    {
        Assert.IsTrue(ApiVersion.TryParse(text, out var version));
        Assert.AreEqual(new ApiVersion(year, release), version);
    }

    [TestMethod]
    [DataRow("v4.6.92104")]
    [DataRow("3.0.0")]
    [DataRow("2026")]
    [DataRow("")]
    [DataRow(null)]
    public void TryParse_CodebaseNumbersAndJunk_AreNoVersion(string? text)
    {
        Assert.IsFalse(ApiVersion.TryParse(text, out _));
    }

    [TestMethod]
    public void Min_AndComparisons_OrderByYearThenRelease()
    {
        Assert.AreEqual(new ApiVersion(2025, 4), ApiVersion.Min(new ApiVersion(2026, 1), new ApiVersion(2025, 4)));
        Assert.IsTrue(new ApiVersion(2025, 10) < new ApiVersion(2026, 1));
        Assert.IsTrue(new ApiVersion(2026, 4) > new ApiVersion(2026, 3));
        Assert.AreEqual("2026.4", ApiVersion.Pinned.ToString());
    }
}
