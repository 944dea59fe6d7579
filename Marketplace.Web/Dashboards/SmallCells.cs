namespace Marketplace.Web.Dashboards;

/// <summary>Small-cell suppression for figures broken down by a protected characteristic
/// (docs/decisions/0010): a count below <see cref="Threshold"/>, zero included, is never shown;
/// and when a column would have exactly one such cell, the smallest other cell of that column is
/// hidden too, so the hidden one cannot be worked out from the column's total shown elsewhere.</summary>
public static class SmallCells
{
    public const int Threshold = 5;

    /// <summary>Suppresses a table given as columns of counts; the result has the same shape.</summary>
    public static CellCount[][] Suppress(IReadOnlyList<IReadOnlyList<int>> columns)
    {
        var result = new CellCount[columns.Count][];
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var cells = column.Select(v => v < Threshold ? CellCount.Hidden : CellCount.Shown(v)).ToArray();
            if (cells.Count(x => x.Suppressed) == 1)
            {
                var smallest = Enumerable.Range(0, cells.Length).Where(i => !cells[i].Suppressed)
                    .OrderBy(i => column[i]).ThenBy(i => i).Cast<int?>().FirstOrDefault();
                if (smallest is { } i)
                {
                    cells[i] = CellCount.Hidden;
                }
            }
            result[c] = cells;
        }
        return result;
    }
}
