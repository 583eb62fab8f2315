namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>
/// Keeps the screenshots a test takes: in the test's results folder, and also in $BSS_SCREENSHOTS_DIR when set
/// (how docs/screens/ is refreshed: BSS_SCREENSHOTS_DIR=$PWD/docs/screens dotnet test ... --filter Web).
/// </summary>
internal sealed class Screenshots(TestContext context)
{
    public async Task SaveAsync(CdpPage page, string name, CancellationToken cancellationToken)
    {
        var png = await page.ScreenshotAsync(cancellationToken);
        Assert.IsGreaterThan(1000, png.Length, $"Screenshot {name} is empty.");
        CollectionAssert.AreEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4], $"Screenshot {name} is not a PNG.");
        var folder = Path.Combine(context.TestRunResultsDirectory ?? Path.GetTempPath(), "screens");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name + ".png"), png, cancellationToken);
        if (Environment.GetEnvironmentVariable("BSS_SCREENSHOTS_DIR") is { Length: > 0 } kept)
        {
            Directory.CreateDirectory(kept);
            await File.WriteAllBytesAsync(Path.Combine(kept, name + ".png"), png, cancellationToken);
        }
    }
}
