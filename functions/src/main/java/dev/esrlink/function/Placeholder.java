package dev.esrlink.function;

class Placeholder {}
