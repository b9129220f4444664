package dev.restorestation.firmware;

import com.dd.plist.BinaryPropertyListParser;
import com.dd.plist.NSObject;
import com.dd.plist.XMLPropertyListParser;
import dev.restorestation.core.text.SizeText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses property lists from files others wrote, XML or binary, within a size and a nesting
 * limit: no DTD is fetched, no entity is declared or expanded, and nothing is printed on stderr.
 */
public final class BoundedPlist {

    /** Deeper than any manifest or catalog Apple ships (about 8 levels). */
    public static final int MAX_DEPTH = 64;

    /** Why the bytes are not a property list the station accepts; the message is one line. */
    public static final class NotAPlist extends Exception {
        NotAPlist(String message) {
            super(message);
        }
    }

    private static final DocumentBuilderFactory FACTORY = factory();

    private BoundedPlist() {
    }

    /** Reads at most {@code maxBytes} from {@code in} and parses them. */
    public static NSObject parse(InputStream in, int maxBytes) throws IOException, NotAPlist {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new NotAPlist("it is larger than " + SizeText.bytes(maxBytes));
        }
        return parse(bytes);
    }

    public static NSObject parse(byte[] bytes) throws NotAPlist {
        try {
            if (startsWith(bytes, "bplist")) {
                BinaryPlistDepth.check(bytes, MAX_DEPTH);
                return BinaryPropertyListParser.parse(bytes);
            }
            if (!looksLikeXml(bytes)) {
                throw new NotAPlist("neither an XML nor a binary property list");
            }
            return XMLPropertyListParser.parse(xml(bytes));
        } catch (NotAPlist e) {
            throw e;
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
                throw new NotAPlist("it is nested deeper than " + MAX_DEPTH + " levels");
            }
            throw new NotAPlist("line " + e.getLineNumber() + ": " + oneLine(e.getMessage()));
        } catch (Exception e) {
            throw new NotAPlist(oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static Document xml(byte[] bytes) throws ParserConfigurationException, IOException, SAXException, NotAPlist {
        DocumentBuilder builder = FACTORY.newDocumentBuilder();
        builder.setErrorHandler(SILENT);
        // Apple's plists name their DTD by URL; it is answered with nothing rather than fetched.
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        Document document = builder.parse(new ByteArrayInputStream(bytes));
        DocumentType type = document.getDoctype();
        if (type != null && (type.getEntities().getLength() > 0 || type.getInternalSubset() != null)) {
            throw new NotAPlist("it declares its own DTD or entities");
        }
        return document;
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("jdk.xml.entityExpansionLimit", "1");
        // <plist> plus one element per level of nesting, plus <key>/<string> leaves
        factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH + 2));
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        factory.setIgnoringComments(true);
        factory.setCoalescing(true);
        factory.setValidating(false);
        return factory;
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private static boolean looksLikeXml(byte[] bytes) {
        int at = startsWith(bytes, "\uFEFF") ? 3 : 0;
        while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\r' || bytes[at] == '\n')) {
            at++;
        }
        return at < bytes.length && bytes[at] == '<';
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < start.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if (bytes[i] != start[i]) {
                return false;
            }
        }
        return true;
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
