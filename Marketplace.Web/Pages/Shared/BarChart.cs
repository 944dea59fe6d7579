using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Marketplace.Web.Pages.Shared;

/// <summary>A horizontal bar chart as inline SVG, drawn on the server so it needs no script. The
/// chart is one picture with a name (role="img"); the figures themselves are in the table the page
/// puts next to it, which is what screen readers and people who would rather read use. For a
/// right-to-left page the bars grow from the right, as the reader's eye does.</summary>
public static class BarChart
{
    private const int Width = 660;
    private const int LabelWidth = 280;
    private const int ValueWidth = 70;
    private const int RowHeight = 30;
    private const int BarHeight = 18;

    public static IHtmlContent Render(string id, string name, IReadOnlyList<(string Label, int Value)> rows, bool rightToLeft)
    {
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Value));
        var height = Math.Max(RowHeight, rows.Count * RowHeight);
        const int barSpace = Width - LabelWidth - ValueWidth;
        var enc = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg id=\"{enc.Encode(id)}\" class=\"bar-chart\" role=\"img\" aria-label=\"{enc.Encode(name)}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value) = rows[i];
            var y = i * RowHeight;
            var bar = value == 0 ? 0 : Math.Max(2, (int)Math.Round((double)value / max * barSpace));
            // Left to right: label | bar → value. Right to left mirrors the positions; the text
            // itself is never mirrored.
            var labelX = rightToLeft ? Width : 0;
            var barX = rightToLeft ? Width - LabelWidth - bar : LabelWidth;
            var valueX = rightToLeft ? Width - LabelWidth - bar - 6 : LabelWidth + bar + 6;
            var anchor = "start";
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{labelX}\" y=\"{y + 19}\" text-anchor=\"{anchor}\" direction=\"{(rightToLeft ? "rtl" : "ltr")}\">{enc.Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{barX}\" y=\"{y + 6}\" width=\"{bar}\" height=\"{BarHeight}\" rx=\"2\"></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"value\" x=\"{valueX}\" y=\"{y + 19}\" text-anchor=\"{anchor}\" direction=\"{(rightToLeft ? "rtl" : "ltr")}\">{value.ToString(CultureInfo.CurrentCulture)}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
