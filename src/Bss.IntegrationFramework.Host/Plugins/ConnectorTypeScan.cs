using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Bss.IntegrationFramework.Host.Plugins;

/// <summary>
/// Names the public classes of a plugin file that may be connectors, read from its metadata, so that discovery loads
/// only those types instead of every exported one (and the assemblies their members mention): a class that lists
/// <see cref="IConnector"/>, or an interface of its own plugin, among its interfaces, or whose base class lies in another
/// assembly that is not the framework. The caller still checks each candidate by reflection; a file whose metadata cannot be read gives
/// <see langword="null"/> and discovery falls back to every exported type.
/// </summary>
internal static class ConnectorTypeScan
{
    private static readonly string ContractNamespace = typeof(IConnector).Namespace!;
    private static readonly string ContractName = typeof(IConnector).Name;

    /// <summary>Reads the names of the candidate types.</summary>
    /// <param name="path">The plugin's main assembly.</param>
    /// <returns>Full names as <see cref="Assembly.GetType(string)"/> takes them, or <see langword="null"/> when the file cannot be read.</returns>
    public static IReadOnlyList<string>? Candidates(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return null;
            }

            var reader = pe.GetMetadataReader();
            var names = new List<string>();
            foreach (var handle in reader.TypeDefinitions)
            {
                var type = reader.GetTypeDefinition(handle);
                if (IsPublicConcreteClass(type, reader) && MayImplementContract(reader, type, depth: 0))
                {
                    names.Add(FullName(reader, type));
                }
            }

            return names;
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or InvalidOperationException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsPublicConcreteClass(TypeDefinition type, MetadataReader reader) =>
        (type.Attributes & (TypeAttributes.Interface | TypeAttributes.Abstract)) == 0 && IsVisible(reader, type);

    // Visible outside the plugin, as Assembly.GetExportedTypes lists it: public, or nested public in a visible type.
    private static bool IsVisible(MetadataReader reader, TypeDefinition type) =>
        (type.Attributes & TypeAttributes.VisibilityMask) switch
        {
            TypeAttributes.Public => true,
            TypeAttributes.NestedPublic => IsVisible(reader, reader.GetTypeDefinition(type.GetDeclaringType())),
            _ => false,
        };

    private static bool MayImplementContract(MetadataReader reader, TypeDefinition type, int depth)
    {
        if (depth > 64)
        {
            return true;
        }

        foreach (var implementation in type.GetInterfaceImplementations())
        {
            var contract = reader.GetInterfaceImplementation(implementation).Interface;
            if (MayBeContract(reader, contract))
            {
                return true;
            }
        }

        var baseType = type.BaseType;
        if (baseType.IsNil)
        {
            return false;
        }

        return baseType.Kind switch
        {
            HandleKind.TypeDefinition => MayImplementContract(reader, reader.GetTypeDefinition((TypeDefinitionHandle)baseType), depth + 1),
            HandleKind.TypeReference => !IsFrameworkType(reader, (TypeReferenceHandle)baseType),
            _ => true,
        };
    }

    // IConnector itself, or an interface of the plugin's own (which may extend it; checked by loading). A generic
    // interface of another assembly (IEquatable<T> of a record) is not the contract, which is not generic.
    private static bool MayBeContract(MetadataReader reader, EntityHandle contract)
    {
        switch (contract.Kind)
        {
            case HandleKind.TypeReference:
                return IsContract(reader, (TypeReferenceHandle)contract);
            case HandleKind.TypeDefinition:
                return true;
            case HandleKind.TypeSpecification:
                var signature = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)contract).Signature);
                if (signature.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
                {
                    return true;
                }

                signature.ReadSignatureTypeCode();
                return signature.ReadTypeHandle().Kind != HandleKind.TypeReference;
            default:
                return true;
        }
    }

    private static bool IsContract(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        return reader.StringComparer.Equals(reference.Name, ContractName) && reader.StringComparer.Equals(reference.Namespace, ContractNamespace);
    }

    // A base class of the framework (object, Exception, Enum, ValueType, Attribute …) does not implement the contract.
    private static bool IsFrameworkType(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var ns = reader.GetString(reference.Namespace);
        return ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal);
    }

    private static string FullName(MetadataReader reader, TypeDefinition type)
    {
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullName(reader, reader.GetTypeDefinition(declaring)) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
