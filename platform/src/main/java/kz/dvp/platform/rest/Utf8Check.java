package kz.dvp.platform.rest;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies that are not valid UTF-8 (RFC 8259 requires it). Jackson catches most broken bytes but
 * decodes overlong forms such as {@code C0 AF} as '/', the classic way to slip a character past a filter.
 */
@Provider
public class Utf8Check implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Utf8Stream(context.getInputStream()));
        return context.proceed();
    }

    /** The bytes are not UTF-8; ProblemMapper answers 400. */
    public static final class MalformedUtf8Exception extends IOException {
        MalformedUtf8Exception(long offset) {
            super("The body is not valid UTF-8 (byte " + offset + ")");
        }
    }

    /** Passes bytes through, checking each sequence against the UTF-8 definition (RFC 3629, Table 3-7 of Unicode). */
    static final class Utf8Stream extends FilterInputStream {
        private int continuations;
        private int lower = 0x80;
        private int upper = 0xBF;
        private long offset;

        Utf8Stream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(b);
            } else if (continuations > 0) {
                throw new MalformedUtf8Exception(offset);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            int n = super.read(buffer, from, length);
            if (n < 0 && continuations > 0) {
                throw new MalformedUtf8Exception(offset);
            }
            for (int i = 0; i < n; i++) {
                check(buffer[from + i] & 0xFF);
            }
            return n;
        }

        private void check(int b) throws MalformedUtf8Exception {
            if (continuations > 0) {
                if (b < lower || b > upper) {
                    throw new MalformedUtf8Exception(offset);
                }
                continuations--;
                lower = 0x80;
                upper = 0xBF;
            } else if (b >= 0x80) {
                if (b >= 0xC2 && b <= 0xDF) {
                    continuations = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    continuations = 2;
                    lower = b == 0xE0 ? 0xA0 : 0x80; // no overlong three-byte forms
                    upper = b == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
                } else if (b >= 0xF0 && b <= 0xF4) {
                    continuations = 3;
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
                } else {
                    throw new MalformedUtf8Exception(offset); // C0, C1, F5-FF, or a stray continuation byte
                }
            }
            offset++;
        }
    }
}
