using Bss.IntegrationFramework.Host.Plans;

namespace BssConnectWiseConnector.IntegrationTests.Plans;

[TestClass]
public sealed class ApprovalPolicyTests
{
    [TestMethod]
    public void Parse_ThresholdWithoutAmount_RefusedSayingWhatTheAmountIs()
    {
        var (policy, errors) = ApprovalPolicy.Parse("threshold", null);

        Assert.IsNull(policy);
        Assert.HasCount(1, errors);
        StringAssert.Contains(errors[0], "needs an amount");
    }

    [TestMethod]
    public void Parse_UnknownModeAndBadAmount_EveryProblemAtOnce()
    {
        var (policy, errors) = ApprovalPolicy.Parse("Sometimes", "-5");

        Assert.IsNull(policy);
        Assert.HasCount(2, errors);
        StringAssert.Contains(errors[0], "'Sometimes' is not one of Auto, Threshold, Approve");
        StringAssert.Contains(errors[1], "'-5' is not a positive amount");
    }

    [TestMethod]
    public void Parse_AmountWithAuto_Refused()
    {
        var (policy, errors) = ApprovalPolicy.Parse("Auto", "10");

        Assert.IsNull(policy);
        StringAssert.Contains(errors.Single(), "only applies to the Threshold mode");
    }

    [TestMethod]
    public void Waits_Threshold_AtOrOverTheAmountWaitsUnderDoesNot()
    {
        var (policy, _) = ApprovalPolicy.Parse("Threshold", "99.50");

        Assert.IsNotNull(policy);
        Assert.IsFalse(policy.Waits(99.49m));
        Assert.IsTrue(policy.Waits(99.50m));
        Assert.IsTrue(new ApprovalPolicy(ApprovalMode.Approve, null).Waits(0m));
        Assert.IsFalse(ApprovalPolicy.Default.Waits(1_000_000m));
    }
}
