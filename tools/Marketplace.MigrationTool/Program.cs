// Adds one migration to both providers at once, because the dotnet-ef tool is not available
// (docs/decisions/0002-migrations-without-dotnet-ef.md). Usage, from the repository root:
//   dotnet run --project tools/Marketplace.MigrationTool -- add <Name>
using Marketplace.Data;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 2 || args[0] != "add" || !System.Text.RegularExpressions.Regex.IsMatch(args[1], "^[A-Z][A-Za-z0-9]*$"))
{
    Console.Error.WriteLine("usage: add <MigrationName>   (PascalCase, letters and digits)");
    return 2;
}

var name = args[1];
var dataProject = Path.GetFullPath("Marketplace.Data");
if (!File.Exists(Path.Combine(dataProject, "Marketplace.Data.csproj")))
{
    Console.Error.WriteLine("run from the repository root");
    return 2;
}

var providers = new (DatabaseOptions Options, string SubNamespace)[]
{
    (new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=design-time.db"), "Migrations.Sqlite"),
    // Never connects: the server version is explicit.
    (new DatabaseOptions(DatabaseProvider.MySql, "Server=localhost;Database=design_time"), "Migrations.MySql"),
};

foreach (var (options, subNamespace) in providers)
{
    using var context = DatabaseSetup.CreateContext(options);
    var assembly = typeof(MarketplaceDbContext).Assembly;
    var reporter = new OperationReporter(new OperationReportHandler(
        errorHandler: m => Console.Error.WriteLine(m),
        warningHandler: m => Console.WriteLine("warn: " + m)));
    var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, "Marketplace.Data", subNamespace, "C#");
    var files = scaffolder.Save(dataProject, migration, Path.Combine(dataProject, subNamespace.Replace('.', Path.DirectorySeparatorChar)));
    Console.WriteLine($"{options.Provider}: {files.MigrationFile}");
}
return 0;
