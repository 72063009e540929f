using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Kim.Workflows.Notifications.Tests.Mail;

/// <summary>
/// A real SMTP server (package SmtpServer) on 127.0.0.1 with a port chosen by the OS. It keeps
/// every accepted message, or answers DATA with a configured reply to simulate a refusing server.
/// </summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer server;
    private readonly CancellationTokenSource stop;
    private readonly Task running;

    private SmtpTestServer(SmtpServer.SmtpServer server, CancellationTokenSource stop, Task running, int port, ConcurrentQueue<MimeMessage> messages)
    {
        this.server = server;
        this.stop = stop;
        this.running = running;
        Port = port;
        Messages = messages;
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; }

    public static async Task<SmtpTestServer> StartAsync(SmtpResponse? reply = null)
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("kim-test-smtp")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();

        // The listener factory reports the bound endpoint: no guessing of free ports and no
        // sleeping until the socket is up.
        var bound = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => bound.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);

        var messages = new ConcurrentQueue<MimeMessage>();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(new CollectingStore(reply ?? SmtpResponse.Ok, messages));

        var server = new SmtpServer.SmtpServer(options, services);
        var stop = new CancellationTokenSource();
        var running = server.StartAsync(stop.Token);
        var port = await bound.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return new SmtpTestServer(server, stop, running, port, messages);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        server.Shutdown();
        try
        {
            await running.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException)
        {
            // Expected: the server task ends by cancellation.
        }

        stop.Dispose();
    }

    private sealed class CollectingStore(SmtpResponse reply, ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (reply.ReplyCode != SmtpReplyCode.Ok)
            {
                return reply;
            }

            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
