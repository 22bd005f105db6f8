package kz.dvp.passport.credential;

import java.net.URI;

/** did:web identifiers (W3C did:web method): the host, a port percent-encoded, path segments after colons. */
public final class Did {

    private Did() {
    }

    public static String of(URI publicUrl) {
        String host = publicUrl.getHost() + (publicUrl.getPort() > 0 ? "%3A" + publicUrl.getPort() : "");
        String path = publicUrl.getPath() == null ? "" : publicUrl.getPath().replaceAll("^/+|/+$", "");
        return "did:web:" + host + (path.isEmpty() ? "" : ":" + path.replace("/", ":"));
    }
}
