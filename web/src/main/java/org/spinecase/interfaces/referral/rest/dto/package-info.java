/** JSON shapes of the referral API. */
package org.spinecase.interfaces.referral.rest.dto;
