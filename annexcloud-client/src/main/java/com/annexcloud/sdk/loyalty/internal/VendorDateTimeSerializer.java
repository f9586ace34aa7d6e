package com.annexcloud.sdk.loyalty.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Writes a timestamp as Annex Cloud documents it: {@code yyyy-MM-dd'T'HH:mm:ssZ}, offset without colon. */
public final class VendorDateTimeSerializer extends StdSerializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    /** Creates the serializer (Jackson instantiates it). */
    public VendorDateTimeSerializer() {
        super(OffsetDateTime.class);
    }

    /** The vendor form of a timestamp, such as {@code 2018-04-01T00:00:00-0700}. */
    public static String format(OffsetDateTime value) {
        return FORMAT.format(value);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
        generator.writeString(format(value));
    }
}
