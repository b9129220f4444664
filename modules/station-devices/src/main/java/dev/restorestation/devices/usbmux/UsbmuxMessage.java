package dev.restorestation.devices.usbmux;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What usbmuxd says: the answer to a request, or an event after {@code Listen}. */
public sealed interface UsbmuxMessage {

    /** {@code Result}: 0 is success; 2 bad device, 3 connection refused, 6 bad version. */
    record Result(int number) implements UsbmuxMessage {
        public boolean ok() {
            return number == 0;
        }
    }

    record Attached(MuxDevice device) implements UsbmuxMessage {
    }

    record Detached(int deviceId) implements UsbmuxMessage {
    }

    record Paired(int deviceId) implements UsbmuxMessage {
    }

    /** The answer to {@code ListDevices}. */
    record DeviceList(List<MuxDevice> devices) implements UsbmuxMessage {
    }

    record Other(String messageType) implements UsbmuxMessage {
    }

    static UsbmuxMessage decode(NSDictionary message) throws IOException {
        if (message.objectForKey("DeviceList") instanceof NSArray list) {
            List<MuxDevice> devices = new ArrayList<>();
            for (NSObject entry : list.getArray()) {
                if (entry instanceof NSDictionary attached) {
                    devices.add(device(attached));
                }
            }
            return new DeviceList(List.copyOf(devices));
        }
        String type = text(message, "MessageType");
        if (type == null) {
            throw new IOException("usbmuxd message without MessageType: " + message.keySet());
        }
        return switch (type) {
            case "Result" -> new Result((int) number(message, "Number", -1));
            case "Attached" -> new Attached(device(message));
            case "Detached" -> new Detached((int) number(message, "DeviceID", -1));
            case "Paired" -> new Paired((int) number(message, "DeviceID", -1));
            default -> new Other(type);
        };
    }

    private static MuxDevice device(NSDictionary message) throws IOException {
        NSObject properties = message.objectForKey("Properties");
        if (!(properties instanceof NSDictionary props)) {
            throw new IOException("Attached without Properties");
        }
        long id = number(message, "DeviceID", number(props, "DeviceID", -1));
        if (id < 0) {
            throw new IOException("Attached without DeviceID");
        }
        return new MuxDevice((int) id, text(props, "SerialNumber"), number(props, "LocationID", 0),
                (int) number(props, "ProductID", 0), text(props, "ConnectionType"));
    }

    private static String text(NSDictionary dictionary, String key) {
        return dictionary.objectForKey(key) instanceof NSString string ? string.getContent() : null;
    }

    private static long number(NSDictionary dictionary, String key, long otherwise) {
        return dictionary.objectForKey(key) instanceof NSNumber value ? value.longValue() : otherwise;
    }
}
