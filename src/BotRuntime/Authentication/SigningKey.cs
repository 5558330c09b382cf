using System.Security.Cryptography;

namespace BotRuntime.Authentication;

/// <summary>An RSA public key from a JWKS, with the channels it is endorsed for (Bot Framework keys list them).</summary>
internal sealed record SigningKey(string KeyId, RSAParameters Parameters, IReadOnlyList<string>? Endorsements)
{
    public bool VerifyRs256(byte[] data, byte[] signature)
    {
        try
        {
            using var rsa = RSA.Create(Parameters);
            return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
