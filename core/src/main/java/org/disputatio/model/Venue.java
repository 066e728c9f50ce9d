package org.disputatio.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * Where an event takes place.
 *
 * @param name the venue's name ("Maison de l'UNESCO")
 * @param address its postal address, if printed
 * @param access public transport lines that serve it, in printed order
 * @param facilities what it offers visitors ("Food available on site")
 * @param rooms its rooms, where the programme names them
 */
public record Venue(
        LocalizedText name,
        Optional<@Valid PostalAddress> address,
        List<@Valid TransportAccess> access,
        List<LocalizedText> facilities,
        List<@Valid Room> rooms) {

    /**
     * Copies the lists and checks that no part is null.
     *
     * @param name the name, possibly empty
     * @param address the address, or empty
     * @param access the transport lines, copied
     * @param facilities the facilities, copied
     * @param rooms the rooms, copied
     * @throws NullPointerException if a part, a list or an element is null
     */
    public Venue {
        Checks.present(name, "name");
        Checks.present(address, "address");
        access = Checks.copy(access, "access");
        facilities = Checks.copy(facilities, "facilities");
        rooms = Checks.copy(rooms, "rooms");
    }

    /**
     * A venue known only by name.
     *
     * @param name the venue's name; null is refused
     * @return a venue with no address, transport access, facilities or rooms
     * @throws NullPointerException if the name is null
     */
    public static Venue named(LocalizedText name) {
        return new Venue(name, Optional.empty(), List.of(), List.of(), List.of());
    }

    /**
     * This venue at this address.
     *
     * @param address the postal address; null is refused
     * @return a new venue, equal to this one but for the address
     * @throws NullPointerException if the address is null
     */
    public Venue withAddress(PostalAddress address) {
        return new Venue(name, Optional.of(address), access, facilities, rooms);
    }

    /**
     * This venue served by these transport lines.
     *
     * @param access the lines in printed order, copied
     * @return a new venue, equal to this one but for the access
     * @throws NullPointerException if the list or a line is null
     */
    public Venue withAccess(List<TransportAccess> access) {
        return new Venue(name, address, access, facilities, rooms);
    }

    /**
     * This venue with these facilities.
     *
     * @param facilities what it offers visitors, copied
     * @return a new venue, equal to this one but for the facilities
     * @throws NullPointerException if the list or a facility is null
     */
    public Venue withFacilities(List<LocalizedText> facilities) {
        return new Venue(name, address, access, facilities, rooms);
    }

    /**
     * This venue with these rooms.
     *
     * @param rooms the rooms, copied
     * @return a new venue, equal to this one but for the rooms
     * @throws NullPointerException if the list or a room is null
     */
    public Venue withRooms(List<Room> rooms) {
        return new Venue(name, address, access, facilities, rooms);
    }

    /**
     * The room with this id.
     *
     * @param roomId a room id
     * @return the room, or empty if the venue has none of that id
     */
    public Optional<Room> room(String roomId) {
        return rooms.stream().filter(room -> room.id().equals(roomId)).findFirst();
    }
}
