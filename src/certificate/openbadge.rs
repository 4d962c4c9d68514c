//! Open Badges 3.0: a certificate as an `OpenBadgeCredential` (W3C VC data model 2.0) signed
//! with the issuing laptop's device key as a compact VC-JWT: header `{"alg":"EdDSA","typ":"JWT",
//! "jwk":{…}}`, and a payload that is the credential itself (issuer a `did:key` of the device key;
//! the learner named through an `IdentityObject`), plus `iss`, `jti` and `nbf`. Any Open Badges 3.0
//! verifier can check it offline: the did:key is the public key.

use super::Certificate;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use serde_json::json;

/// The `did:key` of an Ed25519 public key: multicodec 0xed01, base58btc ("z…").
pub fn did_key(key: &VerifyingKey) -> String {
    let mut bytes = vec![0xed, 0x01];
    bytes.extend_from_slice(key.as_bytes());
    format!("did:key:z{}", base58(&bytes))
}

/// Bitcoin-alphabet base58 (the multibase "z" encoding).
fn base58(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let mut digits: Vec<u8> = Vec::new(); // base-58 digits, least significant first
    for &byte in bytes {
        let mut carry = u32::from(byte);
        for d in digits.iter_mut() {
            carry += u32::from(*d) << 8;
            *d = (carry % 58) as u8;
            carry /= 58;
        }
        while carry > 0 {
            digits.push((carry % 58) as u8);
            carry /= 58;
        }
    }
    let zeros = bytes.iter().take_while(|b| **b == 0).count();
    std::iter::repeat_n('1', zeros).chain(digits.iter().rev().map(|d| ALPHABET[usize::from(*d)] as char)).collect()
}

/// What the badge says beside the certificate's own fields.
pub struct BadgeText<'a> {
    /// The issuer's name: the organisation that enrolled the laptop, or the laptop itself.
    pub issuer_name: &'a str,
    /// The course description in the certificate's language.
    pub description: &'a str,
    /// How the achievement was earned, in the certificate's language.
    pub criteria: &'a str,
}

/// The credential (the JWT payload) for a certificate issued by `key`'s laptop.
pub fn credential(cert: &Certificate, key: &VerifyingKey, text: &BadgeText<'_>) -> serde_json::Value {
    let did = did_key(key);
    let id = format!(
        "urn:uuid:{}",
        uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, format!("cpms-certificate:{}", cert.code).as_bytes())
    );
    json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": { "id": did, "type": ["Profile"], "name": text.issuer_name },
        "validFrom": crate::time::iso_timestamp(cert.completed_at),
        "name": cert.course_title,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": false,
                "identityHash": cert.learner_name
            }],
            "achievement": {
                "id": format!("urn:cpms:course:{}:{}", cert.course_id, cert.course_version),
                "type": ["Achievement"],
                "name": cert.course_title,
                "description": text.description,
                "criteria": { "narrative": text.criteria },
                "inLanguage": cert.language
            },
            "result": [{ "type": ["Result"], "value": cert.final_score.to_string() }]
        },
        "iss": did,
        "jti": id,
        "nbf": cert.completed_at.div_euclid(1000)
    })
}

/// The credential as a compact VC-JWT signed with the device key.
pub fn openbadge_jwt(cert: &Certificate, key: &SigningKey, text: &BadgeText<'_>) -> String {
    let public = key.verifying_key();
    let header = json!({
        "alg": "EdDSA",
        "typ": "JWT",
        "kid": format!("{}#{}", did_key(&public), did_key(&public).trim_start_matches("did:key:")),
        "jwk": { "kty": "OKP", "crv": "Ed25519", "x": B64.encode(public.as_bytes()) }
    });
    let payload = credential(cert, &public, text);
    let signing_input = format!("{}.{}", B64.encode(header.to_string()), B64.encode(payload.to_string()));
    let signature = key.sign(signing_input.as_bytes());
    format!("{signing_input}.{}", B64.encode(signature.to_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_key_matches_the_published_example() {
        // did:key spec test vector (Ed25519, 2019 test suite): public key bytes → did.
        let key_hex = "2e6fcce36701dc791488e0d0b1745cc1e33a4c1c9fcc41c63bd343dbbe0970e6";
        let bytes: [u8; 32] = hex::decode(key_hex).unwrap().try_into().unwrap();
        let key = VerifyingKey::from_bytes(&bytes).unwrap();
        assert_eq!(did_key(&key), "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
    }

    #[test]
    fn base58_keeps_leading_zeros() {
        assert_eq!(base58(&[0, 0, 1]), "112");
        assert_eq!(base58(b"hello world"), "StV1DL6CwTryKyV");
    }
}
