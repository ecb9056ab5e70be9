package pizzeria.understand;

import java.util.List;

/**
 * What a phrase of the caller says about the turn rather than about an item: the acts they perform ("that's all",
 * "cancel the order", "how much is"), and the carrier phrases that say nothing at all ("can I get"). Each cue lists
 * its ways of being said; {@link Utterance} finds them in the same pass as the menu's phrases.
 */
enum Cue {
    /** Carries an order but says nothing about it: dropped. */
    FILLER("can i get", "can i have", "could i get", "could i have", "can i", "could i", "can you", "can we get",
            "can we have", "let me get", "let me have", "lemme get", "lemme have", "lemme", "gimme", "give me", "get me",
            "i'd like", "i would like", "i want", "i'll have", "i'll take", "i'll get", "i'll do", "we'll have",
            "we'll take", "how about", "no problem", "no worries", "thank you", "i think", "i need", "we need", "we want",
            "go with", "i'll go with", "as well", "um", "uh",
            // the courtesies around an order
            "do me a favor", "thanks a lot", "thanks so much", "thank you so much", "thanks much", "thanks a bunch",
            "have a great day", "have a good day", "have a nice day", "how are you", "how are you doing", "good evening",
            "good morning", "good afternoon", "it's important", "make sure",
            // declining a kind of item outright: nothing to add, nothing to ask
            "no drinks", "no drink", "without drinks", "no beverages", "won't need drinks", "won't need any drinks",
            "don't need drinks", "don't need any drinks", "no need for drinks"),
    TRANSFER("talk to a person", "talk to someone", "talk to somebody", "speak to someone", "speak to a person",
            "speak to somebody", "talk to a human", "speak to a human", "real person", "live person", "a human",
            "representative", "operator", "manager", "speak with someone", "talk with someone", "talk to a real",
            "speak to a real", "talk to staff", "an employee", "whoever's in charge", "in charge", "someone from the store", "a person", "a real person", "a robot", "pick up the phone", "anybody there", "somebody there", "someone there", "the owner", "the boss", "a supervisor", "talk to the manager", "speak to the manager", "your boss", "the owner around", "talk to your",
            "talk to her", "talk to him", "speak to her", "speak to him", "speak with her", "speak with him", "talk with her",
            "talk with him", "is she there", "is he there", "is she in", "is he in", "is she around", "is he around",
            "someone on the phone", "somebody on the phone", "actual human", "human being", "real human", "one of the guys",
            "connect me", "to staff", "someone who works", "somebody who works", "whoever's working", "transfer me",
            "live agent", "an agent", "agent please", "human please", "a live one"),
    REPEAT("say that again", "repeat that", "come again", "what did you say", "pardon", "can you repeat", "say again", "one more time", "excuse me", "what was that", "didn't hear you", "didn't catch that", "say it again", "could you repeat", "repeat the", "what'd you say", "i missed that", "i missed the", "huh",
            "once more", "you cut out", "what was the question", "didn't get that", "say that slower", "how much did you say",
            "go over that again", "say the price again", "what was the total again", "i didn't hear", "repeat it"),
    /** Said this way, cancelling means the whole order, even beside words that remove one item. */
    CANCEL_ALL("cancel the order", "cancel my order", "cancel everything", "cancel the whole", "cancel it all",
            "never mind", "nevermind", "forget it", "forget the whole thing", "forget the order", "cancel the whole order", "forget everything", "cancel all of it", "i don't want anything", "scratch the order", "scratch the whole",
            "scrap the whole", "scrap the order", "scrap everything", "call it off", "not gonna order",
            "drop the whole order", "forget all of it", "forget the whole order", "kill the order", "don't want to order",
            "cancel the call", "forget all that"),
    CANCEL("cancel"),
    REMOVE("take off", "take out", "remove", "no more", "drop the", "get rid of", "scratch the", "cancel the", "delete",
            "forget the", "skip the", "don't want the", "lose the", "never mind the"),
    CHANGE("make that", "make it", "make those", "make them", "change that", "change it", "change the", "switch that",
            "can the", "could the", "can you make", "could you make", "make both", "make all", "switch the",
            "do that pizza", "do that pie", "do the pizza", "do the pie", "do that one", "do it on",
            "switch it", "instead", "make the", "instead of", "rather than"),
    DONE("that's all", "that's it", "that is all", "that is it", "nothing else", "i'm good", "i'm all set", "all set",
            "that'll be all", "that'll be it", "that'll do", "that will be all", "no thanks", "i'm done",
            "that's everything", "that should be it", "that should do it", "be all", "gonna be it", "that's about it",
            "that covers it", "nothing more", "i'm all good", "we're good", "we're all set", "that's the whole order",
            "i'm finished", "gonna do it", "that'll be everything", "all we need", "all i need", "that's it for me",
            "that's it for now", "that's all for now", "no more thanks", "that's good", "that's good for now"),
    YES("yes", "yeah", "yep", "yup", "sure", "correct", "right", "that's right", "ok", "okay", "go ahead",
            "sounds good", "perfect", "absolutely", "please do", "do it", "uh huh", "mhm", "you got it", "place it",
            "place the order", "yes please", "definitely", "of course", "send it through", "send it in", "put it in", "put it through", "ring it up", "go for it", "let's do it", "that works", "works for me", "sounds right", "that's correct", "you bet", "yes ma'am", "yes sir", "mm hmm", "mmhmm", "mm", "uh huh yes", "uh huh correct", "yes go ahead", "sounds great", "sounds about right", "looks good", "looks right",
            "exactly", "affirmative", "spot on", "send it", "yep send it", "send it over", "that's good", "nailed it", "you nailed it", "bingo", "ya", "yea", "all good", "that's perfect", "si", "sí",
            "sure thing", "please and thank you"),
    /** The item just asked about: "I'll take one of those" after "how much is the Chicagoan?" */
    THAT_ONE("one of those", "one of them", "one of these", "that one", "i'll take it", "i'll have it", "let's do that one"),
    /** The last line once more: "same again", "another one of those". */
    AGAIN("same again", "the same again", "same thing again", "same again please", "another one of those",
            "one more of those", "another one", "one more", "do that again", "same thing",
            "just like it", "just like that", "just like that one", "another one just like it", "one more just like it",
            "the same thing but", "same thing but", "same again but", "another one like that"),
    NO("no", "nope", "nah", "not quite", "wrong", "incorrect", "not right", "that's not right", "that's wrong",
            "not really", "not exactly", "negative", "uh-uh", "uh uh", "that's not it", "that's not what", "not what i",
            "that's not correct", "that's a mistake", "not even close"),
    PICKUP("pickup", "pick up", "pick it up", "carry out", "carryout", "take out", "takeout", "come get it",
            "come pick", "i'll come", "collect", "pick em up", "pick them up", "pick those up", "pick that up", "grab it", "come grab it", "swing by", "come by", "stop by", "come in for it", "i'll get it", "we'll get it", "in person",
            "picking up", "picking it up", "i'll pick", "we'll pick", "come pick it up", "carry-out", "collection",
            "drive over", "be in to get it", "run over and get it", "come in and get it", "get it myself"),
    DELIVERY("delivery", "deliver", "delivered", "bring it", "send it to"),
    ASK_ORDER_SO_FAR("what do i have", "what's in my order", "what did i order", "read that back", "read it back",
            "what's my order"),
    ASK_MENU("what do you have", "what's on the menu", "what is on the menu", "what kind of", "what kinds of",
            "what are your specials", "any specials", "what comes in"),
    ASK_INGREDIENTS("what's on", "what is on", "what comes on", "what's in", "what is in", "what comes with",
            "what all comes on", "what all is on", "what all's on", "what's all on", "what all comes with", "what's on top of",
            "what kind of toppings are on", "what toppings are on", "what goes on",
            "what's on the", "ingredients", "what toppings", "is the", "are the", "is your", "are your", "does the", "does it have", "is it spicy", "is it vegan"),
    ASK_PRICE("how much", "what does", "what's the price", "price of", "what is the price", "cost"),
    ASK_DELIVERY("do you deliver", "you guys deliver", "delivery fee", "delivery area", "deliver to",
            "is there delivery", "how much is delivery", "minimum for delivery"),
    ASK_HOURS("your hours", "what time", "when do you close", "when do you open", "are you open", "open until",
            "how late", "what are the hours", "closing time"),
    ASK_AVAILABILITY("do you have", "do you guys have", "do you sell", "do you make", "do you carry", "do you do",
            "is there", "are there", "do you got", "have any", "you have");

    private final List<String> phrases;

    Cue(String... phrases) {
        this.phrases = List.of(phrases);
    }

    List<String> phrases() {
        return phrases;
    }
}
