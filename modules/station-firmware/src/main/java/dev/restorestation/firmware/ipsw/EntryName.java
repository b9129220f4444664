package dev.restorestation.firmware.ipsw;

import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.Printable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The rules a ZIP entry name must follow to be read from an IPSW: a relative path of plain
 * segments, in UTF-8, with no control characters, backslashes or drive letters, so that no tool
 * that unpacks it can be led outside its folder.
 */
final class EntryName {

    private EntryName() {
    }

    static String check(byte[] raw) {
        String name;
        try {
            name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw unsafe(new String(raw, StandardCharsets.UTF_8), "is not UTF-8");
        }
        if (name.isEmpty()) {
            throw unsafe(name, "is empty");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw unsafe(name, "holds a control character");
        }
        if (name.indexOf('\\') >= 0) {
            throw unsafe(name, "holds a backslash");
        }
        if (name.startsWith("/")) {
            throw unsafe(name, "is an absolute path");
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            throw unsafe(name, "starts with a drive letter");
        }
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw unsafe(name, segment.isEmpty() ? "has an empty segment" : "has a '" + segment + "' segment");
            }
        }
        return name;
    }

    private static InvalidFirmwareException unsafe(String name, String why) {
        return new InvalidFirmwareException("not an IPSW: the ZIP entry name " + Printable.name(name) + " " + why);
    }
}
