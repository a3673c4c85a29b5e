"""Stage: contact events (GUIDELINES §3) from trigger lexicons and the entity and time layers.

For each trigger in a sentence: arguments from the actor mentions around it («بين X وY» first, then the
nearest agents of the clause, persons before states), date and clock time from the nearest time expression,
status and initiator from cue phrases, location from a place after «في» or the visit's destination.
A trigger without identifiable participants either refers back to an earlier event of its type in the
article («الاتصال الهاتفي المرتقب») or yields nothing: no guessed events.

Modules, in the order a trigger meets them: ``lexicons`` (the data files as one matcher), ``stage`` (the
sentence loop and one trigger's event), ``parties`` (who takes part: symmetric parties, visitor and host,
sender and recipients), ``attributes`` (date, time, status, initiator, location), ``merging`` (mentions of one
act become one event); ``syntax`` holds the word-level checks they share.
"""

from marsad.extract.events.stage import EventStage

__all__ = ["EventStage"]
