package com.example.pets;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory pet repository; a real service would use DynamoDB. */
public final class PetStore {

    private final Map<String, Pet> pets = new ConcurrentSkipListMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);

    public Pet add(String name, String species) {
        Pet pet = new Pet(Integer.toString(nextId.getAndIncrement()), name, species);
        pets.put(pet.id(), pet);
        return pet;
    }

    public Optional<Pet> find(String id) {
        return Optional.ofNullable(pets.get(id));
    }

    public List<Pet> list(String species, int limit) {
        return pets.values().stream()
                .filter(pet -> species == null || pet.species().equals(species))
                .limit(limit)
                .toList();
    }

    public boolean remove(String id) {
        return pets.remove(id) != null;
    }
}
