using System.Globalization;
using Marketplace.Data.Entities;
using Marketplace.Web.Meetings;

namespace Marketplace.Web.Pages.Coach;

/// <summary>The meeting form as posted: Swedish local times from datetime-local inputs, up to
/// <see cref="Rows"/> employer rows (an empty row is skipped), turned into the API's request.</summary>
public sealed class MeetingForm
{
    public const int Rows = 3;

    public string? Title { get; set; }
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public string? Place { get; set; }
    public double? PlaceLat { get; set; }
    public double? PlaceLon { get; set; }
    public int Capacity { get; set; } = 20;
    public DateTime? AnswerDeadline { get; set; }
    public List<EmployerRow> Employers { get; set; } = [];
    public Guid? Version { get; set; }

    public sealed class EmployerRow
    {
        public int? EmployerId { get; set; }
        public int Positions { get; set; } = 1;
        public string? WorkingLanguageId { get; set; }
        public List<string> Skills { get; set; } = [];
        public string? Needs { get; set; }
    }

    public MeetingRequest ToRequest() => new(
        Title ?? "", Utc(StartsAt), Utc(EndsAt), Place ?? "", Capacity, Utc(AnswerDeadline),
        Employers.Where(e => e.EmployerId is not null)
            .Select(e => new MeetingEmployerRequest(e.EmployerId!.Value, e.Positions, e.WorkingLanguageId, e.Skills, e.Needs)).ToList(),
        PlaceLat, PlaceLon, Version);

    public static MeetingForm From(RecruitmentMeeting m) => new()
    {
        Title = m.Title,
        StartsAt = Local(m.StartsAt),
        EndsAt = Local(m.EndsAt),
        Place = m.Place,
        PlaceLat = m.PlaceLat,
        PlaceLon = m.PlaceLon,
        Capacity = m.Capacity,
        AnswerDeadline = Local(m.AnswerDeadline),
        Version = m.Version,
        Employers = m.Employers.OrderBy(e => e.Id).Select(e => new EmployerRow
        {
            EmployerId = e.EmployerOrganisationId,
            Positions = e.Positions,
            WorkingLanguageId = e.WorkingLanguageId,
            Skills = e.Skills.Select(s => s.SkillId).ToList(),
            Needs = e.Needs,
        }).ToList(),
    };

    /// <summary>Always <see cref="Rows"/> rows on screen, the filled ones first.</summary>
    public void PadRows()
    {
        while (Employers.Count < Rows)
        {
            Employers.Add(new EmployerRow());
        }
    }

    /// <summary>A missing time becomes one that fails validation ("in the future") rather than a crash.</summary>
    private static DateTime Utc(DateTime? local)
    {
        if (local is not { } t || t.Year < 2000)
        {
            return DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);
        }
        t = DateTime.SpecifyKind(t, DateTimeKind.Unspecified);
        // 02:30 on the night clocks go forward does not exist; read it as the hour after.
        return TimeZoneInfo.ConvertTimeToUtc(Words.SwedishTime.IsInvalidTime(t) ? t.AddHours(1) : t, Words.SwedishTime);
    }

    private static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Words.SwedishTime);

    public static string Input(DateTime? t) => t?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) ?? "";
}
