package com.example.pets;

/** A pet in the store. */
public record Pet(String id, String name, String species) {}
