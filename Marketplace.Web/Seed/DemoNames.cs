namespace Marketplace.Web.Seed;

/// <summary>Name pools for the demo seed, by the language groups the municipality's participants
/// actually come from. Names are invented combinations; no real person is meant.</summary>
internal static class DemoNames
{
    public sealed record Origin(string MotherTongue, string Country, string[] Female, string[] Male, string[] Last, int Weight);

    public static readonly Origin[] Origins =
    [
        new("Svenska", "Sverige", ["Anna", "Emma", "Karin", "Linnea", "Sara", "Maja"], ["Erik", "Johan", "Lars", "Oskar", "Viktor", "Anton"], ["Johansson", "Karlsson", "Nilsson", "Lindqvist", "Bergström", "Holm"], 20),
        new("Arabiska", "Syrien", ["Fatima", "Amira", "Layla", "Rana", "Nour", "Huda"], ["Ahmad", "Mohammed", "Yousef", "Omar", "Khaled", "Samir"], ["Al-Hassan", "Haddad", "Khalil", "Mansour", "Saleh", "Darwish"], 22),
        new("Somaliska", "Somalia", ["Hodan", "Ayaan", "Faduma", "Sahra", "Ifrah"], ["Abdi", "Mahad", "Farah", "Liban", "Abdirahman"], ["Warsame", "Hassan", "Mohamud", "Ali", "Osman"], 14),
        new("Tigrinja", "Eritrea", ["Selam", "Helen", "Saba", "Senait"], ["Yonas", "Mehari", "Dawit", "Tesfay"], ["Tesfamariam", "Gebremedhin", "Haile", "Kidane"], 10),
        new("Dari", "Afghanistan", ["Zahra", "Mahboba", "Farzana", "Shabnam"], ["Farid", "Reza", "Jawad", "Hamid"], ["Ahmadi", "Rahimi", "Hosseini", "Karimi"], 12),
        new("Ukrainska", "Ukraina", ["Olena", "Oksana", "Iryna", "Natalia", "Yulia"], ["Andrii", "Dmytro", "Taras", "Oleksandr", "Serhii"], ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko"], 14),
        new("Bosniska", "Bosnien och Hercegovina", ["Amela", "Lejla", "Selma"], ["Emir", "Adnan", "Haris"], ["Hodžić", "Begić", "Delić"], 4),
        new("Polska", "Polen", ["Agnieszka", "Katarzyna", "Magda"], ["Piotr", "Tomasz", "Marek"], ["Nowak", "Kowalski", "Wiśniewski"], 4),
    ];

    public static readonly string[] EmployerSuffixes = ["AB", "AB", "AB", "HB", "Ekonomisk förening"];
}
