//! The signed certificate payload: the fields a certificate proves, signed with the issuing
//! laptop's Ed25519 key, in a compact binary form written as text in Crockford base32 (the QR
//! code's alphanumeric mode holds it efficiently, and it survives being typed: case, I/L/O and
//! dashes are forgiven). The certificate's short code is derived from the signed content (first
//! 80 bits of its SHA-256), so a code can never be reused for other content.
//!
//! Binary layout (version 2): `02` · device public key (32) · organisation key id (8, zero when
//! the laptop was not enrolled) · completion day since 1970 (u32 BE) · score (1) · language,
//! course id, course version, learner name (each: length byte + UTF-8) · signature (64).

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::Digest;

/// The text form starts with this.
pub const PREFIX: &str = "CPMS2";
const VERSION: u8 = 2;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The fields a signed certificate proves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    pub device_key: VerifyingKey,
    /// Key id (first 8 bytes of SHA-256) of the organisation that enrolled the laptop, if any.
    pub organisation: Option<[u8; 8]>,
    /// Completion date, days since 1970-01-01 (UTC).
    pub completed_day: u32,
    pub score: u8,
    pub language: String,
    pub course_id: String,
    pub course_version: String,
    pub learner_name: String,
}

/// Why a text is not a valid signed certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PayloadError {
    /// Not a signed certificate at all (or cut short).
    Malformed,
    /// Well formed, but the signature does not match the content.
    BadSignature,
}

fn push_str(out: &mut Vec<u8>, s: &str) -> Result<(), String> {
    let len = u8::try_from(s.len()).map_err(|_| format!("“{s}” is too long for a certificate"))?;
    out.push(len);
    out.extend_from_slice(s.as_bytes());
    Ok(())
}

impl Payload {
    /// The signed bytes.
    pub fn body(&self) -> Result<Vec<u8>, String> {
        let mut out = vec![VERSION];
        out.extend_from_slice(self.device_key.as_bytes());
        out.extend_from_slice(&self.organisation.unwrap_or([0; 8]));
        out.extend_from_slice(&self.completed_day.to_be_bytes());
        out.push(self.score);
        for s in [&self.language, &self.course_id, &self.course_version, &self.learner_name] {
            push_str(&mut out, s)?;
        }
        Ok(out)
    }

    /// Sign with the device key (which must be `device_key`'s pair); the text form.
    pub fn sign(&self, key: &SigningKey) -> Result<String, String> {
        let mut bytes = self.body()?;
        let signature = key.sign(&bytes);
        bytes.extend_from_slice(&signature.to_bytes());
        Ok(format!("{PREFIX}{}", base32(&bytes)))
    }

    /// The certificate's short code: 80 bits of the SHA-256 of the signed content, 4 groups of 4.
    pub fn code(&self) -> Result<String, String> {
        let mut hash = sha2::Sha256::new();
        hash.update(b"cpms-certificate-v2");
        hash.update(self.body()?);
        let digest = hash.finalize();
        let chars: Vec<char> = base32(&digest[..10]).chars().collect();
        Ok(chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-"))
    }

    /// Read and check a signed payload (whitespace, dashes, case and I/L/O mistakes forgiven).
    pub fn decode(text: &str) -> Result<Payload, PayloadError> {
        let clean = normalize(text);
        let data = clean.strip_prefix(PREFIX).ok_or(PayloadError::Malformed)?;
        let bytes = unbase32(data).ok_or(PayloadError::Malformed)?;
        if bytes.len() < 1 + 32 + 8 + 4 + 1 + 4 + 64 || bytes[0] != VERSION {
            return Err(PayloadError::Malformed);
        }
        let (body, signature) = bytes.split_at(bytes.len() - 64);
        let mut r = Reader { bytes: body, at: 1 };
        let device: [u8; 32] = r.take(32)?.try_into().map_err(|_| PayloadError::Malformed)?;
        let device_key = VerifyingKey::from_bytes(&device).map_err(|_| PayloadError::Malformed)?;
        let org: [u8; 8] = r.take(8)?.try_into().map_err(|_| PayloadError::Malformed)?;
        let day: [u8; 4] = r.take(4)?.try_into().map_err(|_| PayloadError::Malformed)?;
        let score = r.take(1)?[0];
        let mut strings = Vec::new();
        for _ in 0..4 {
            let len = usize::from(r.take(1)?[0]);
            strings.push(String::from_utf8(r.take(len)?.to_vec()).map_err(|_| PayloadError::Malformed)?);
        }
        if r.at != body.len() || score > 100 {
            return Err(PayloadError::Malformed);
        }
        let signature: [u8; 64] = signature.try_into().map_err(|_| PayloadError::Malformed)?;
        device_key.verify_strict(body, &Signature::from_bytes(&signature)).map_err(|_| PayloadError::BadSignature)?;
        let mut strings = strings.into_iter();
        let mut next = || strings.next().unwrap_or_default();
        Ok(Payload {
            device_key,
            organisation: (org != [0; 8]).then_some(org),
            completed_day: u32::from_be_bytes(day),
            score,
            language: next(),
            course_id: next(),
            course_version: next(),
            learner_name: next(),
        })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], PayloadError> {
        let slice = self.bytes.get(self.at..self.at + n).ok_or(PayloadError::Malformed)?;
        self.at += n;
        Ok(slice)
    }
}

/// Upper case, no whitespace or dashes, I/L→1, O→0.
pub fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        })
        .collect()
}

/// Whether a text looks like a signed payload (rather than a short code or a file name).
pub fn looks_signed(text: &str) -> bool {
    let clean = normalize(text);
    clean.starts_with(PREFIX) && clean.len() > 40
}

/// The distinct signed payloads (or things that start like one) in a PDF's bytes: a certificate
/// keeps one in its metadata, which the PDF may hold twice (information dictionary and XMP).
pub fn payloads_in_pdf(bytes: &[u8]) -> Vec<String> {
    let prefix = PREFIX.as_bytes();
    let mut found: Vec<String> = Vec::new();
    let mut from = 0;
    while let Some(pos) = bytes[from..].windows(prefix.len()).position(|w| w == prefix) {
        let start = from + pos;
        let end = bytes[start..].iter().position(|b| !ALPHABET.contains(b)).map_or(bytes.len(), |n| start + n);
        let candidate = String::from_utf8_lossy(&bytes[start..end]).into_owned();
        if candidate.len() > 40 && !found.contains(&candidate) {
            found.push(candidate);
        }
        from = end.max(start + 1);
    }
    found
}

/// The signed payload of a certificate PDF, when it holds exactly one.
pub fn find_in_pdf(bytes: &[u8]) -> Option<String> {
    let mut all = payloads_in_pdf(bytes);
    (all.len() == 1).then(|| all.remove(0))
}

/// Crockford base32, no padding.
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for b in bytes {
        buffer = (buffer << 8) | u32::from(*b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

fn unbase32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|a| *a == c)? as u32;
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(key: &SigningKey) -> Payload {
        Payload {
            device_key: key.verifying_key(),
            organisation: Some([7; 8]),
            completed_day: 20_428,
            score: 92,
            language: "ar".into(),
            course_id: "cpms-2019".into(),
            course_version: "1.0.0".into(),
            learner_name: "أمينة يوسف".into(),
        }
    }

    #[test]
    fn a_payload_round_trips_and_an_edit_breaks_the_signature() {
        let key = crate::trust::generate_key();
        let p = sample(&key);
        let text = p.sign(&key).unwrap();
        assert!(text.len() < 300, "{} characters", text.len());
        assert_eq!(Payload::decode(&text).unwrap(), p);
        assert_eq!(Payload::decode(&text.to_lowercase()).unwrap(), p, "case does not matter");
        // Signed by another key than the one inside: refused.
        let other = crate::trust::generate_key();
        assert_eq!(Payload::decode(&p.sign(&other).unwrap()), Err(PayloadError::BadSignature));
        // One character changed anywhere in the content: refused.
        let mut chars: Vec<char> = text.chars().collect();
        let i = PREFIX.len() + 80;
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let edited: String = chars.into_iter().collect();
        assert!(Payload::decode(&edited).is_err());
        assert_eq!(Payload::decode("CPMS2ABC"), Err(PayloadError::Malformed));
    }

    #[test]
    fn base32_round_trips() {
        for n in 0..40u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            assert_eq!(unbase32(&base32(&bytes)).unwrap(), bytes);
        }
    }
}
