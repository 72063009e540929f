using Kim.Workflows.Domain.Controlling;

namespace Kim.Workflows.Domain.Tests.Controlling;

public sealed class SmallCellSuppressionTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Counts_from_one_to_four_are_small(int count, bool small) => Assert.Equal(small, SmallCellSuppression.IsSmall(count));

    [Fact]
    public void A_single_hidden_part_of_a_shown_total_takes_the_smallest_other_part_with_it()
    {
        // One district, three categories that add up: 3 | 9 | 6 = 18.
        var matrix = new CountMatrix(["a"], ["x", "y", "z"], categoriesAddUp: true);
        matrix.Add("a", "x", 3);
        matrix.Add("a", "y", 9);
        matrix.Add("a", "z", 6);
        var counts = new SuppressedCounts(matrix);
        Assert.Equal(["< 5", "9", "x"], new[] { 0, 1, 2 }.Select(i => counts.Cell("a", i).Display));
        Assert.Equal("18", counts.Total("a").Display);
        Assert.Null(counts.Cell("a", 2).Value);
    }

    [Fact]
    public void Nothing_is_hidden_when_every_count_is_zero_or_at_least_five()
    {
        var matrix = new CountMatrix(["a", "b"], ["x", "y"], categoriesAddUp: true);
        matrix.Add("a", "x", 5);
        matrix.Add("b", "y", 12);
        var counts = new SuppressedCounts(matrix);
        Assert.Equal(["5", "0", "0", "12", "5", "12", "17"],
            new[] { counts.Cell("a", 0), counts.Cell("a", 1), counts.Cell("b", 0), counts.Cell("b", 1), counts.Cell(null, 0), counts.Cell(null, 1), counts.Total(null) }
                .Select(c => c.Display));
    }
}
