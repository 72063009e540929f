using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Kim.Workflows.Tests.Shared;

/// <summary>A real SMTP server (package SmtpServer) on a loopback port. While <see cref="Down"/> is set it answers DATA with 452 (try later).</summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop;
    private readonly Task _running;

    private SmtpTestServer(SmtpServer.SmtpServer server, CancellationTokenSource stop, Task running, int port, Store store)
    {
        _server = server;
        _stop = stop;
        _running = running;
        Port = port;
        StoreState = store;
    }

    public int Port { get; }

    private Store StoreState { get; }

    public ConcurrentQueue<MimeMessage> Messages => StoreState.Messages;

    public bool Down { get => StoreState.Down; set => StoreState.Down = value; }

    public int Refused => StoreState.Refused;

    public static async Task<SmtpTestServer> StartAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("kim-test-smtp").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, 0))).Build();
        var bound = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => bound.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var store = new Store();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(store);
        var server = new SmtpServer.SmtpServer(options, services);
        var stop = new CancellationTokenSource();
        var running = server.StartAsync(stop.Token);
        return new SmtpTestServer(server, stop, running, await bound.Task.WaitAsync(TimeSpan.FromSeconds(30)), store);
    }

    /// <summary>Mails to an address, without the "neue Aufgabe zugewiesen" notices (see <see cref="TaskNoticesTo"/>).</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        Messages.Where(m => !IsTaskNotice(m) && m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>The "neue Aufgabe zugewiesen" notices to an address (Message-Id <c>{taskId}.aufgabe@…</c>).</summary>
    public IReadOnlyList<MimeMessage> TaskNoticesTo(string address) =>
        Messages.Where(m => IsTaskNotice(m) && m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public static bool IsTaskNotice(MimeMessage message) => message.MessageId?.Contains(".aufgabe@", StringComparison.Ordinal) == true;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        private int _refused;

        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public volatile bool Down;

        public int Refused => _refused;

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            if (Down)
            {
                // Refusals of workflow mails only: the "neue Aufgabe" notices are retried by the outbox on their own.
                if (!IsTaskNotice(message))
                {
                    Interlocked.Increment(ref _refused);
                }

                return new SmtpResponse(SmtpReplyCode.InsufficientStorage, "Service temporarily unavailable, try later");
            }

            Messages.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
