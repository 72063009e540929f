using Kim.Workflows.Engine.Feel;

namespace Kim.Workflows.Engine.Tests.Feel;

/// <summary>Engines on the test clock, set explicitly to 2026-03-29 00:30 UTC: the night Berlin switches to summer time.</summary>
internal static class FeelTestEngine
{
    public static readonly DateTimeOffset Now = new(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);

    public static FeelEngine Create(FeelLimits? limits = null, int cacheCapacity = 4096) =>
        new(TestClock.At(Now), limits, "Europe/Berlin", cacheCapacity);

    public static object? Value(string expression, IReadOnlyDictionary<string, object?>? context = null)
    {
        var result = Create().Evaluate(expression, context);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    public static string? Text(string expression, IReadOnlyDictionary<string, object?>? context = null) =>
        Value("string(" + expression + ")", context) as string;
}
