using Xunit.Abstractions;
using Xunit.Sdk;

namespace Marketplace.Tests.Infrastructure;

/// <summary>The databases the app's integration tests run on.</summary>
public enum TestProvider
{
    Sqlite,
    MariaDb,
}

/// <summary>A fact run once per <see cref="TestProvider"/>: the method takes <c>TestProvider provider</c>
/// as its last parameter, and each case names its provider, e.g. <c>Create_Valid_Created(provider: MariaDb)</c>.
/// Without a MariaDB server the MariaDb case is reported as skipped with how to run it, never left out.</summary>
[XunitTestCaseDiscoverer("Marketplace.Tests.Infrastructure.ProviderDiscoverer", "Marketplace.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProviderFactAttribute : FactAttribute;

/// <summary>A theory whose every data row runs once per <see cref="TestProvider"/>; the provider
/// comes after the row's values (see <see cref="ProviderFactAttribute"/>). The rows must be
/// serializable (strings, numbers, enums), so that each (row, provider) is a test case of its own.</summary>
[XunitTestCaseDiscoverer("Marketplace.Tests.Infrastructure.ProviderDiscoverer", "Marketplace.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProviderTheoryAttribute : TheoryAttribute;

/// <summary>Multiplies a method's cases by the providers: one case for a fact, one per data row for
/// a theory, with the provider appended to the arguments.</summary>
public sealed class ProviderDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        var parameters = testMethod.Method.GetParameters().ToList();
        if (parameters.Count == 0 || parameters[^1].ParameterType.Name != typeof(TestProvider).FullName)
        {
            return [Error(discoveryOptions, testMethod, $"takes a {nameof(TestProvider)} as its last parameter, to run once per provider")];
        }
        var isTheory = testMethod.Method.GetCustomAttributes(typeof(TheoryAttribute)).Any();
        if (!isTheory)
        {
            return theoryAttribute.GetNamedArgument<string>(nameof(FactAttribute.Skip)) is { } skip
                ? CreateTestCasesForSkip(discoveryOptions, testMethod, theoryAttribute, skip)
                : CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, []);
        }
        return base.Discover(discoveryOptions, testMethod, theoryAttribute);
    }

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
        Enum.GetValues<TestProvider>().Select(provider => SkipReason(provider) is { } reason
            ? Skipped(discoveryOptions, testMethod, reason, [.. dataRow, provider])
            : new XunitTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, [.. dataRow, provider]));

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForSkippedDataRow(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow, string skipReason) =>
        Enum.GetValues<TestProvider>().Select(provider => Skipped(discoveryOptions, testMethod, skipReason, [.. dataRow, provider]));

    /// <summary>Rows that cannot be serialized would become one case enumerated at run time, where
    /// the provider cannot be added: say so instead of running each row once.</summary>
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        [Error(discoveryOptions, testMethod, "has theory data that cannot be serialized (or pre-enumeration is off): write the rows as strings, numbers or enums so each row runs once per provider")];

    private static string? SkipReason(TestProvider provider) => provider == TestProvider.MariaDb ? TestDatabase.MariaDbMissing : null;

    private XunitSkippedDataRowTestCase Skipped(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, string reason, object[] arguments) =>
        new(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason, arguments);

    private ExecutionErrorTestCase Error(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, string problem) =>
        new(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod,
            $"{testMethod.TestClass.Class.Name}.{testMethod.Method.Name} {problem}.");
}
