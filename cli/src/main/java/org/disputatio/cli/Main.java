package org.disputatio.cli;

/** PLACEHOLDER: the disputatio command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("disputatio");
    }
}
