/** The worklist page every user lands on after signing in. */
package org.spinecase.interfaces.worklist.web;
