namespace Kim.Workflows.Application.Mail;

public enum MailSendState
{
    Sent,
    RetryLater,
    Failed,
}
