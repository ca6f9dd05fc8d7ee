package org.govdx.ledger.merkle;
