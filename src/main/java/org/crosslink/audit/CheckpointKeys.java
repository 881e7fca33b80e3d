package org.crosslink.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import org.crosslink.config.SecretFile;

/**
 * The Ed25519 keys of the audit checkpoints (the JDK's own provider): the bus signs with the private key (an
 * owner-only file); anyone with the public key (a file beside it, to be copied to the auditors) checks a checkpoint.
 */
public final class CheckpointKeys {
    private static final String ALGORITHM = "Ed25519";

    private CheckpointKeys() {
    }

    /** Signs checkpoints with the private key in the file, creating the pair (and the public key's file) when there is none. */
    public static Signer signer(Path privateKeyFile, Path publicKeyFile) {
        try {
            String stored = SecretFile.read(privateKeyFile);
            PrivateKey key;
            if (stored == null || stored.isEmpty()) {
                KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                SecretFile.write(privateKeyFile, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
                Files.createDirectories(publicKeyFile.toAbsolutePath().getParent());
                Files.writeString(publicKeyFile, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n");
                key = pair.getPrivate();
            } else {
                key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored)));
            }
            return new Signer(key);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot load the audit signing key " + privateKeyFile + ": " + e.getMessage(), e);
        }
    }

    /** Checks checkpoints with the public key in the file. */
    public static Verifier verifier(Path publicKeyFile) {
        try {
            String stored = Files.readString(publicKeyFile).trim();
            return new Verifier(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(stored))));
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the audit checkpoints' public key " + publicKeyFile + ": " + e.getMessage(), e);
        }
    }

    /** Makes signed checkpoints. */
    public static final class Signer {
        private final PrivateKey key;

        private Signer(PrivateKey key) {
            this.key = key;
        }

        public Checkpoint sign(long seq, String hash, Instant at) {
            try {
                Signature s = Signature.getInstance(ALGORITHM);
                s.initSign(key);
                s.update(Checkpoint.payload(seq, hash, at));
                return new Checkpoint(seq, hash, at, Base64.getEncoder().encodeToString(s.sign()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign an audit checkpoint", e);
            }
        }
    }

    /** Checks checkpoints' signatures. */
    public static final class Verifier {
        private final PublicKey key;

        private Verifier(PublicKey key) {
            this.key = key;
        }

        public boolean valid(Checkpoint c) {
            try {
                Signature s = Signature.getInstance(ALGORITHM);
                s.initVerify(key);
                s.update(c.payload());
                return s.verify(Base64.getDecoder().decode(c.signature()));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
