#!/bin/sh
# Checks ontology/pledgegraph.ttl + ontology/domains.ttl (+ any data files given) with HermiT 1.4.5
# (OWL 2 DL). Stand-alone, outside the main build: Openllet 2.6.5 is built for Jena 3.10 and fails on
# Jena 5 (NoClassDefFoundError BaseInfGraph$InfFindSafeCapabilities); HermiT's OWLAPI 5 dependencies
# clash with Jena 5's. The main build's test uses Jena's OWL rule reasoner instead.
# Usage (from the repository root): ontology/reasoner-check/run.sh [data.ttl ...]
set -e
dir=$(dirname "$0")
out=${TMPDIR:-/tmp}/pledgegraph-hermit-check
mkdir -p "$out"
mvn -q -B -f "$dir/pom.xml" dependency:build-classpath -Dmdep.outputFile="$out/cp.txt"
javac -cp "$(cat "$out/cp.txt")" -d "$out" "$dir/HermitCheck.java"
java -cp "$out:$(cat "$out/cp.txt")" HermitCheck "$dir/../pledgegraph.ttl" "$dir/../domains.ttl" "$@"
