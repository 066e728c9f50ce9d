/**
 * Navigation over an event's programme, shared by rules and analyses: {@link
 * org.disputatio.model.navigation.Agenda#of(org.disputatio.model.Event)} gives every agenda item
 * located ({@link org.disputatio.model.navigation.LocatedItem}: its property path, day and parent),
 * every participation resolved ({@link org.disputatio.model.navigation.LocatedParticipation}:
 * person, role, organisations, sectors, effective country, each stated or inferred), consecutive
 * items ({@link org.disputatio.model.navigation.ItemPair}) and items by track and by room.
 *
 * <p>This package reads the model and never changes it; the model does not know it (so that no
 * package cycle runs through core). The paths it gives are the paths of validation's findings,
 * so that a rule built on it ({@code org.disputatio.validation.OptInRules}) reports at the right
 * place.
 */
package org.disputatio.model.navigation;
