/** The customers: one contact per identity, merged by supervisors when one customer wrote from several. */
@NullMarked
package dev.switchboard.conversation.contact;

import org.jspecify.annotations.NullMarked;
