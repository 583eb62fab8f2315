using Bss.IntegrationFramework.Host.Cli;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

[TestClass]
public sealed class CsvWriterTests
{
    [TestMethod]
    public void Write_FormulaAndNegativeAmount_FormulaNeutralisedAndTheAmountStaysANumber()
    {
        using var output = new StringWriter();

        CsvWriter.Write(output, ["name", "mrrChange", "mrcChange"], [["=HYPERLINK(\"x\")", "-15.00", "+4.00"], ["-2+3", "@SUM(A1)", "a,b"]]);

        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual("\"'=HYPERLINK(\"\"x\"\")\",-15.00,+4.00", lines[1]);
        Assert.AreEqual("'-2+3,'@SUM(A1),\"a,b\"", lines[2]);
    }
}
