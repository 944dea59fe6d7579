using System.ComponentModel.DataAnnotations;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>A person signing up for an employer account: name, e-mail and a password that
/// follows the sign-in rules (ASVS: at least 12 characters, no composition rules).</summary>
public sealed record EmployerUserRequest(
    [property: Required, StringLength(100, MinimumLength = 2)] string DisplayName,
    [property: Required, EmailAddress, StringLength(256)] string Email,
    [property: Required, StringLength(256)] string Password);

/// <summary>An employer registering itself and its first user on the public page.</summary>
public sealed record EmployerRegistrationRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, OrganisationNumber] string OrganisationNumber,
    [property: StringLength(256)] string? Address,
    [property: Required, StringLength(6)] string Postcode,
    [property: EmailAddress, StringLength(256)] string? ContactEmail,
    [property: Phone, StringLength(32)] string? ContactPhone,
    [property: Required] EmployerUserRequest User);

/// <summary>Employer self-registration and colleagues (PRODUCT.md: the employer user "registers
/// the organisation"). The postcode decides the municipality, and the labour-market unit of that
/// municipality is told that a new employer is there (docs/decisions/0007). Everything is checked
/// before anything is written; organisation and first user are saved in one transaction.</summary>
public sealed class EmployerRegistrationService(MarketplaceDbContext db, UserManager<AppUser> users, AccessPolicy access,
    NotificationStage notes, TimeProvider clock)
{
    public async Task<UseCaseResult<AppUser>> RegisterAsync(EmployerRegistrationRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.AddAttributeErrors(r);
        errors.CheckClientValues(r);
        if (r.User is not null)
        {
            AddUserErrors(errors, r.User, "User.");
        }
        var postcode = await errors.CheckPostcodeAsync(db, nameof(r.Postcode), r.Postcode, ct);
        var orgNr = "";
        if (r.OrganisationNumber is not null && OrganisationNumber.TryNormalise(r.OrganisationNumber, out orgNr)
            && await db.Employers.AnyAsync(e => e.OrganisationNumber == orgNr, ct))
        {
            errors.Add(nameof(r.OrganisationNumber), "An employer with this organisationsnummer is already registered. Ask a colleague there to add you.");
        }
        if (r.User is not null)
        {
            await CheckUserAsync(errors, r.User, "User.", ct);
        }
        if (errors.Any)
        {
            return UseCaseResult<AppUser>.Invalid(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var employer = new EmployerOrganisation
        {
            Name = r.Name.Trim(),
            OrganisationNumber = orgNr,
            Address = string.IsNullOrWhiteSpace(r.Address) ? null : r.Address.Trim(),
            Postcode = postcode!.Code,
            MunicipalityCode = postcode.MunicipalityCode,
            ContactEmail = string.IsNullOrWhiteSpace(r.ContactEmail) ? null : r.ContactEmail.Trim(),
            ContactPhone = string.IsNullOrWhiteSpace(r.ContactPhone) ? null : r.ContactPhone.Trim(),
            SelfRegistered = true,
            CreatedAt = now,
        };
        db.Employers.Add(employer);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Registered by someone else between the check and the save: the unique index decides.
            return UseCaseResult<AppUser>.Invalid(nameof(r.OrganisationNumber), "An employer with this organisationsnummer is already registered. Ask a colleague there to add you.");
        }
        var user = await CreateUserAsync(r.User!, employer.Id);
        if (user is null)
        {
            return UseCaseResult<AppUser>.Invalid("User.Email", "This e-mail address already has an account.");
        }
        var coaches = await db.Users.Where(u => u.Unit != null && u.Unit.MunicipalityCode == employer.MunicipalityCode)
            .Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => new { u.Id, ur.RoleId })
            .Join(db.Roles.Where(x => x.Name == Roles.Coach), x => x.RoleId, role => role.Id, (x, _) => x.Id).ToListAsync(ct);
        await notes.AddAsync(coaches, user.Id, NotificationKinds.EmployerRegistered, new NotificationPayload(EmployerId: employer.Id), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await notes.SaveAsync(ct);
        return UseCaseResult<AppUser>.Done(user);
    }

    /// <summary>An employer user adds a colleague to their own organisation; any other
    /// organisation is not found, and the attempt is logged.</summary>
    public async Task<UseCaseResult<AppUser>> AddColleagueAsync(CurrentUser me, int employerId, EmployerUserRequest r, CancellationToken ct)
    {
        if (await access.FindAsync(me, access.VisibleEmployers(me).Where(_ => me.Role == Roles.EmployerUser), "Employer", employerId, ct) is null)
        {
            return UseCaseResult<AppUser>.Missing();
        }
        var errors = new FieldErrors();
        errors.AddAttributeErrors(r);
        errors.CheckClientValues(r);
        AddUserErrors(errors, r, "");
        await CheckUserAsync(errors, r, "", ct);
        if (errors.Any)
        {
            return UseCaseResult<AppUser>.Invalid(errors);
        }
        var user = await CreateUserAsync(r, employerId);
        return user is null ? UseCaseResult<AppUser>.Invalid(nameof(r.Email), "This e-mail address already has an account.") : UseCaseResult<AppUser>.Done(user);
    }

    /// <summary>The organisation's users, for its own employer users only.</summary>
    public async Task<List<AppUser>?> ColleaguesAsync(CurrentUser me, int employerId, CancellationToken ct)
    {
        if (await access.FindAsync(me, access.VisibleEmployers(me).Where(_ => me.Role == Roles.EmployerUser), "Employer", employerId, ct) is null)
        {
            return null;
        }
        return await db.Users.Where(u => u.EmployerOrganisationId == employerId).OrderBy(u => u.DisplayName).AsNoTracking().ToListAsync(ct);
    }

    private static void AddUserErrors(FieldErrors errors, EmployerUserRequest u, string prefix)
    {
        var nested = new FieldErrors();
        nested.AddAttributeErrors(u);
        nested.CheckClientValues(u);
        foreach (var (field, messages) in nested.All)
        {
            messages.ForEach(m => errors.Add(prefix + field, m));
        }
    }

    /// <summary>The password through Identity's own validators (the same rules as every account)
    /// and the e-mail not already taken; both before anything is written.</summary>
    private async Task CheckUserAsync(FieldErrors errors, EmployerUserRequest u, string prefix, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(u.Password)
            && !await users.MeetsPasswordRulesAsync(new AppUser { UserName = u.Email, Email = u.Email, DisplayName = u.DisplayName ?? "" }, u.Password))
        {
            errors.Add(prefix + nameof(u.Password), IdentityExtensions.PasswordRuleMessage);
        }
        if (!string.IsNullOrWhiteSpace(u.Email) && await users.FindByEmailAsync(u.Email.Trim()) is not null)
        {
            errors.Add(prefix + nameof(u.Email), "This e-mail address already has an account.");
        }
        ct.ThrowIfCancellationRequested();
    }

    private async Task<AppUser?> CreateUserAsync(EmployerUserRequest r, int employerId)
    {
        var email = r.Email.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = r.DisplayName.Trim(),
            EmployerOrganisationId = employerId,
            PreferredLanguage = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "en" ? "en" : "sv",
        };
        var created = await users.CreateAsync(user, r.Password);
        if (!created.Succeeded)
        {
            return null;
        }
        await users.AddToRoleAsync(user, Roles.EmployerUser);
        return user;
    }
}
