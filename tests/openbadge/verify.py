"""Independent Open Badges 3.0 check for tests/openbadge.rs: openbadgeslib (PyPI) verifies a
compact VC-JWT, once with the public key given (base64url, as `cpms-player trust show` prints it)
and once by resolving the credential's did:key issuer. Prints VALID (exit 0) or INVALID: reason
(exit 1).

    python verify.py TOKEN_FILE PUBLIC_KEY
"""
import base64
import json
import sys

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from openbadgeslib import OB3VerificationError, OB3Verifier


def b64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def main():
    token = open(sys.argv[1], encoding="ascii").read().strip()
    raw = b64url(sys.argv[2])
    pem = Ed25519PublicKey.from_public_bytes(raw).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    try:
        credential = OB3Verifier(pem).verify(token)
        issuer = json.loads(b64url(token.split(".")[1]))["issuer"]["id"]
        OB3Verifier.for_issuer_did(issuer).verify(token)
    except OB3VerificationError as e:
        print("INVALID:", e)
        return 1
    print("VALID", type(credential).__name__)
    return 0


if __name__ == "__main__":
    sys.exit(main())
