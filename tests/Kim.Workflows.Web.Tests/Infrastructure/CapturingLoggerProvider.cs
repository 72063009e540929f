using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Web.Tests.Infrastructure;

/// <summary>
/// Keeps every log event of a host as text: the formatted message, each structured property (name=value), the active
/// scopes and the exception with its inner exceptions, so a test can search all of what a log sink would store.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLogEvent> _events = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<CapturedLogEvent> Events => _events;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var texts = new List<string> { formatter(state, exception) };
            AddProperties(texts, state);
            owner._scopes.ForEachScope((scope, list) => AddProperties(list, scope), texts);
            if (exception is not null)
            {
                texts.Add(exception.ToString());
            }

            owner._events.Enqueue(new CapturedLogEvent(category, logLevel, texts));
        }

        private static void AddProperties(List<string> texts, object? state)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> properties)
            {
                foreach (var (key, value) in properties)
                {
                    texts.Add(key + "=" + Convert.ToString(value, CultureInfo.InvariantCulture));
                }
            }
            else if (state is not null)
            {
                texts.Add(Convert.ToString(state, CultureInfo.InvariantCulture) ?? string.Empty);
            }
        }
    }
}

/// <summary>One log event: its category, level and every text it carries (message, properties, scopes, exception).</summary>
public sealed record CapturedLogEvent(string Category, LogLevel Level, IReadOnlyList<string> Texts);
