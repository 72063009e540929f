using Kim.Workflows.Engine.Tests.Support;
using Kim.Workflows.Engine.Validation;
using Xunit.Abstractions;

namespace Kim.Workflows.Engine.Tests.Validation;

/// <summary>
/// Every real-world file of ../shared/bpmn-corpus either validates or is rejected with element-level
/// errors; never an exception, never a hang. The corpus is read in place (not ours to copy).
/// </summary>
public sealed class CorpusValidationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerFileLimit = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Every_corpus_file_validates_or_is_rejected_with_element_errors()
    {
        var corpus = TestPaths.FindShared("bpmn-corpus");
        if (corpus is null)
        {
            output.WriteLine("skipped: corpus not present");
            return;
        }

        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".bpmn", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".bpmn20.xml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        var failures = new List<string>();
        var counts = new SortedDictionary<string, (int Valid, int Invalid)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(corpus, file);
            var group = relative.Split(Path.DirectorySeparatorChar)[0];
            var content = await File.ReadAllBytesAsync(file);
            ValidationResult result;
            try
            {
                result = await Task.Run(() => BpmnValidator.Validate(content)).WaitAsync(PerFileLimit);
            }
            catch (TimeoutException)
            {
                failures.Add($"{relative}: no result within {PerFileLimit.TotalSeconds} s");
                continue;
            }
            catch (Exception e)
            {
                failures.Add($"{relative}: unhandled {e.GetType().Name}: {e.Message}");
                continue;
            }

            var (valid, invalid) = counts.GetValueOrDefault(group);
            if (result.IsValid)
            {
                counts[group] = (valid + 1, invalid);
                continue;
            }

            counts[group] = (valid, invalid + 1);
            var errors = result.Errors.ToList();
            if (errors.Count == 0)
            {
                failures.Add($"{relative}: invalid without an error");
            }

            foreach (var e in errors.Where(e => string.IsNullOrWhiteSpace(e.ElementId) || string.IsNullOrWhiteSpace(e.Message)))
            {
                failures.Add($"{relative}: error without element id or message ({e.Rule})");
            }
        }

        foreach (var (group, (valid, invalid)) in counts)
        {
            output.WriteLine($"{group}: {valid} valid, {invalid} invalid");
        }

        output.WriteLine($"total: {files.Count} files");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
