using System.Collections.Concurrent;

namespace Kim.Workflows.Engine.Feel;

/// <summary>
/// Evaluates FEEL (DMN 1.5) expressions and unary tests over plain CLR values. Thread-safe; parsed
/// trees are cached per text (bounded: emptied when full). Nothing but the given context is reachable,
/// and every evaluation is bounded by <see cref="FeelLimits"/>. Errors are German messages.
/// </summary>
public sealed class FeelEngine
{
    private readonly ConcurrentDictionary<(bool Tests, string Text), Parsed> _cache = new();
    private readonly TimeProvider _clock;
    private readonly string _timeZone;
    private readonly int _cacheCapacity;

    /// <param name="clock">Source of now() and today().</param>
    /// <param name="limits">Bounds per evaluation; <see cref="FeelLimits.Default"/> when null.</param>
    /// <param name="timeZone">IANA zone of now() and today().</param>
    /// <param name="cacheCapacity">How many parsed texts to keep.</param>
    public FeelEngine(TimeProvider clock, FeelLimits? limits = null, string timeZone = "Europe/Berlin", int cacheCapacity = 4096)
    {
        if (FeelZones.Get(timeZone) is null)
        {
            throw new ArgumentException($"Unbekannte Zeitzone: {timeZone}", nameof(timeZone));
        }

        _clock = clock;
        _timeZone = timeZone;
        _cacheCapacity = cacheCapacity;
        Limits = limits ?? FeelLimits.Default;
    }

    public FeelLimits Limits { get; }

    /// <summary>How many parsed texts the cache holds now.</summary>
    public int CachedCount => _cache.Count;

    /// <summary>Evaluates an expression; <paramref name="context"/> holds the input variables by name.</summary>
    public FeelResult Evaluate(string expression, IReadOnlyDictionary<string, object?>? context = null)
    {
        var parsed = Parse(expression, tests: false);
        return parsed.Error is not null ? Failed(parsed.Error) : Run(parsed.Node!, context, scope => scope);
    }

    /// <summary>
    /// Evaluates unary tests (a DMN input entry such as <c>&gt; 18, "A", [1..5]</c>, <c>not("x")</c> or <c>-</c>)
    /// against <paramref name="input"/>, which the tests may also name as <c>?</c>. The value is true, false or null.
    /// </summary>
    public FeelResult EvaluateUnaryTests(string tests, object? input, IReadOnlyDictionary<string, object?>? context = null)
    {
        var parsed = Parse(tests, tests: true);
        if (parsed.Error is not null)
        {
            return Failed(parsed.Error);
        }

        var feelInput = FeelClr.ToFeel(input);
        return Run(parsed.Node!, context, scope => scope.With("?", feelInput));
    }

    /// <summary>Checks the syntax only: null when the expression parses, otherwise the error (German, with position).</summary>
    public FeelSyntaxException? Check(string expression, bool unaryTests = false) => Parse(expression, unaryTests).Error;

    private static FeelResult Failed(FeelSyntaxException error) => FeelResult.Failure(error.Message, error.Position);

    private FeelResult Run(FeelNode node, IReadOnlyDictionary<string, object?>? context, Func<FeelScope, FeelScope> prepare)
    {
        var interpreter = new FeelInterpreter(Limits, _clock, _timeZone);
        try
        {
            var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in context ?? new Dictionary<string, object?>())
            {
                variables[name] = CheckedInput(interpreter, FeelClr.ToFeel(value));
            }

            var scope = prepare(FeelScope.Root(variables));
            var result = node is UnaryTestNode or InputTestNode or TestListNode or NegatedTestsNode or AnyTestNode
                ? interpreter.TestAgainst(node, scope)
                : interpreter.Evaluate(node, scope);
            return new FeelResult(result);
        }
        catch (FeelLimitException e)
        {
            return FeelResult.Failure(e.Message);
        }
        catch (InsufficientExecutionStackException)
        {
            return FeelResult.Failure("Der Ausdruck ist zu tief verschachtelt.");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException or ArithmeticException
            or IndexOutOfRangeException or InvalidCastException or NullReferenceException)
        {
            // A defect of ours must not take the caller down: report it as a failed evaluation.
            return FeelResult.Failure($"Der Ausdruck konnte nicht ausgewertet werden (interner Fehler: {e.GetType().Name}).");
        }
    }

    /// <summary>Inputs obey the same size limits as values an expression builds.</summary>
    private static object? CheckedInput(FeelInterpreter interpreter, object? value)
    {
        interpreter.Checked(value);
        switch (value)
        {
            case List<object?> list:
                list.ForEach(item => CheckedInput(interpreter, item));
                break;
            case FeelContext context:
                foreach (var (_, entry) in context.Entries)
                {
                    CheckedInput(interpreter, entry);
                }

                break;
        }

        return value;
    }

    private Parsed Parse(string text, bool tests)
    {
        if (_cache.TryGetValue((tests, text), out var cached))
        {
            return cached;
        }

        Parsed parsed;
        if (text.Length > Limits.MaxExpressionLength)
        {
            parsed = new Parsed(null, new FeelSyntaxException(text, Limits.MaxExpressionLength,
                $"der Ausdruck ist länger als erlaubt ({Limits.MaxExpressionLength} Zeichen)"));
        }
        else
        {
            try
            {
                parsed = new Parsed(tests ? FeelParser.ParseUnaryTests(text, Limits.MaxNesting) : FeelParser.ParseExpression(text, Limits.MaxNesting), null);
            }
            catch (FeelSyntaxException e)
            {
                parsed = new Parsed(null, e);
            }
        }

        if (_cache.Count >= _cacheCapacity)
        {
            _cache.Clear();
        }

        return _cache.GetOrAdd((tests, text), parsed);
    }

    private sealed record Parsed(FeelNode? Node, FeelSyntaxException? Error);
}
