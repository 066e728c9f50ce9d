package org.disputatio.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * Where an event takes place.
 *
 * @param access public transport lines that serve it, in printed order
 * @param facilities what it offers visitors ("Food available on site")
 */
public record Venue(
        LocalizedText name,
        Optional<@Valid PostalAddress> address,
        List<@Valid TransportAccess> access,
        List<LocalizedText> facilities,
        List<@Valid Room> rooms) {

    public Venue {
        Checks.present(name, "name");
        Checks.present(address, "address");
        access = Checks.copy(access, "access");
        facilities = Checks.copy(facilities, "facilities");
        rooms = Checks.copy(rooms, "rooms");
    }

    /** A venue known only by name. */
    public static Venue named(LocalizedText name) {
        return new Venue(name, Optional.empty(), List.of(), List.of(), List.of());
    }

    public Venue withAddress(PostalAddress address) {
        return new Venue(name, Optional.of(address), access, facilities, rooms);
    }

    public Venue withAccess(List<TransportAccess> access) {
        return new Venue(name, address, access, facilities, rooms);
    }

    public Venue withFacilities(List<LocalizedText> facilities) {
        return new Venue(name, address, access, facilities, rooms);
    }

    public Venue withRooms(List<Room> rooms) {
        return new Venue(name, address, access, facilities, rooms);
    }
}
