package id.sp4n.portal.complaint;

/** One broken intake rule: the field (by its public name), a message key and the message's arguments. */
public record FieldProblem(String field, String messageCode, Object[] arguments) {

    public FieldProblem {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
