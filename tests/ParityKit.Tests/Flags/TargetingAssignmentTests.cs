using Microsoft.FeatureManagement;
using Microsoft.FeatureManagement.FeatureFilters;
using ParityKit.Analyzers.Flags;

namespace ParityKit.Tests.Flags;

/// <summary>
/// PK4006 re-implements Microsoft.FeatureManagement's percentage targeting; these tests hold it to the real library
/// (4.7.0): its targeting filter decides for 1,000 generated user ids, at several rollouts and flag names, and every
/// decision must match.
/// </summary>
public class TargetingAssignmentTests
{
    public static TheoryData<string, double> Rollouts() => new()
    {
        { "fast-search", 10 },
        { "fast-search", 50 },
        { "new-checkout", 1 },
        { "New-Checkout", 33.3 },
        { "reco.v2", 90 },
    };

    [Theory]
    [MemberData(nameof(Rollouts))]
    public async Task Every_decision_matches_the_library_targeting_filter(string feature, double rollout)
    {
        var filter = new ContextualTargetingFilter();
        int targeted = 0;
        for (int i = 0; i < 1000; i++)
        {
            string userId = i % 3 == 0 ? $"user-{i}@example.test" : i % 3 == 1 ? Guid.NewGuid().ToString() : $"Ünïcode-{i}-账户";
            var context = new FeatureFilterEvaluationContext
            {
                FeatureName = feature,
                Settings = new TargetingFilterSettings { Audience = new Audience { DefaultRolloutPercentage = rollout } },
            };

            bool library = await filter.EvaluateAsync(context, new TargetingContext { UserId = userId });
            Assert.True(library == TargetingAssignment.IsTargeted(userId, feature, rollout), $"'{userId}' on '{feature}' at {rollout}%: the library says {library}");
            targeted += library ? 1 : 0;
        }

        // The sample is wide enough to mean something: both sides are populated, roughly in proportion.
        Assert.InRange(targeted, Math.Max(1, (rollout * 10) - 60), Math.Min(999, (rollout * 10) + 60));
    }

    [Fact]
    public void The_percentage_is_stable_and_depends_on_the_flag_name()
    {
        double a = TargetingAssignment.Percentage("ada@example.test", "fast-search");
        Assert.Equal(a, TargetingAssignment.Percentage("ada@example.test", "fast-search"));
        Assert.NotEqual(a, TargetingAssignment.Percentage("ada@example.test", "new-checkout"));
        Assert.InRange(a, 0, 100);
    }
}
