using Marketplace.Data.Entities;

namespace Marketplace.Tests.Infrastructure;

/// <summary>A valid candidate unless told otherwise, dated by the application's clock; tests change
/// only what they are about.</summary>
public sealed class CandidateBuilder
{
    private readonly Candidate _c;

    private CandidateBuilder(Candidate c) => _c = c;

    public static CandidateBuilder Valid(TimeProvider clock, int unitId, string first = "Test", string last = "Person") => Valid(clock.GetUtcNow().UtcDateTime, unitId, first, last);

    private static CandidateBuilder Valid(DateTime now, int unitId, string first, string last) => new(new Candidate
    {
        UnitId = unitId,
        FirstName = first,
        LastName = last,
        Email = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@example.se",
        HomePostcode = "39231",
        HomeLat = 56.66,
        HomeLon = 16.36,
        SwedishLevel = CefrLevel.A2,
        Transport = TransportFlags.Walk | TransportFlags.PublicTransport,
        MaxCommuteMinutes = 45,
        AvailableFrom = DateOnly.FromDateTime(now),
        Searchable = true,
        ConsentToMatching = true,
        RegisteredAt = now,
        UpdatedAt = now,
    });

    public CandidateBuilder With(Action<Candidate> change)
    {
        change(_c);
        return this;
    }

    public Candidate Build() => _c;
}

public sealed class PlacementBuilder
{
    private readonly Placement _p;

    private PlacementBuilder(Placement p) => _p = p;

    public static PlacementBuilder Valid(TimeProvider clock, int employerId, string groupId) => Valid(clock.GetUtcNow().UtcDateTime, employerId, groupId);

    private static PlacementBuilder Valid(DateTime now, int employerId, string groupId) => new(new Placement
    {
        EmployerOrganisationId = employerId,
        Title = "Praktik: städ",
        Description = "Städning av kontor, handledare på plats.",
        OccupationGroupId = groupId,
        WorkplacePostcode = "39231",
        WorkplaceLat = 56.66,
        WorkplaceLon = 16.36,
        StartDate = DateOnly.FromDateTime(now).AddDays(14),
        Seats = 2,
        CreatedAt = now,
        UpdatedAt = now,
    });

    public PlacementBuilder WithStatus(PlacementStatus status)
    {
        _p.Status = status;
        return this;
    }

    public Placement Build() => _p;
}

/// <summary>A meeting of the unit with one employer, answered until two days before it starts.</summary>
public static class MeetingBuilder
{
    public static RecruitmentMeeting Valid(int unitId, int employerId, MeetingStatus status, DateTime now, TimeSpan startsIn, params int[] invited) => new()
    {
        UnitId = unitId, OrganiserId = "seed", Title = "Träff", Place = "Storgatan 1", StartsAt = now + startsIn, EndsAt = now + startsIn + TimeSpan.FromHours(2),
        AnswerDeadline = now + startsIn - TimeSpan.FromDays(2), Capacity = 10, Status = status, CalendarUid = $"{Guid.NewGuid():N}@test", CreatedAt = now,
        Employers = [new MeetingEmployer { EmployerOrganisationId = employerId, Positions = 1 }],
        Invitations = invited.Select(c => new MeetingInvitation { CandidateId = c, InvitedById = "seed", InvitedAt = now }).ToList(),
    };
}
