package com.example.pets;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.NoSuchElementException;

/**
 * {@code POST /pets/{id}/adoptions} behind a Lambda custom integration: API Gateway's request template
 * builds the {@link Request}; exceptions become 400 and 404 through selection patterns on their message.
 */
public final class AdoptPetHandler implements RequestHandler<AdoptPetHandler.Request, AdoptPetHandler.Adoption> {

    private final PetStore store;

    public AdoptPetHandler() {
        this(new PetStore());
    }

    public AdoptPetHandler(PetStore store) {
        this.store = store;
    }

    /** What the request template renders. */
    public static final class Request {
        public String petId;
        public String adopter;
        public String requestId;
    }

    /** What the function returns; the response template picks from it. */
    public record Adoption(String id, String petId, String adopter) {}

    @Override
    public Adoption handleRequest(Request request, Context context) {
        if (request.adopter == null || request.adopter.isBlank()) {
            throw new IllegalArgumentException("Invalid adoption: an adopter is required");
        }
        Pet pet = store.find(request.petId).orElseThrow(() -> new NoSuchElementException("Not found: pet " + request.petId));
        store.remove(pet.id());
        return new Adoption("adoption-" + request.requestId, pet.id(), request.adopter);
    }
}
